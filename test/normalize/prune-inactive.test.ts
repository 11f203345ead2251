import { describe, expect, it } from "vitest";
import { createRoot, ensureChild, find, words, type ConfigFormat, type ConfigNode } from "../../src/model/config-tree.js";
import { pruneInactiveInPlace, pruneNodesInPlace } from "../../src/normalize/prune-in-place.js";
import { copyTree } from "../../src/normalize/copy-node.js";
import { prepareForInheritance, pruneInactive } from "../../src/normalize/prune-inactive.js";
import { toSetLines } from "../../src/normalize/set-lines.js";

/** Builds a tree from [line, statement] pairs, the way a parser gives each word the line of its statement. */
function tree(format: ConfigFormat, statements: readonly [number, string][]): ConfigNode {
  const source = { uri: `t.${format}`, format };
  const root = createRoot(source);
  for (const [line, text] of statements) {
    let node = root;
    for (const word of words(text)) node = ensureChild(node, word, line, source);
  }
  return root;
}

function mark(root: ConfigNode, path: string): void {
  find(root, words(path))!.inactive = true;
}

describe("pruneInactive", () => {
  it("gives the same result whether the value (curly `inactive: host-name r1;`) or the keyword is marked", () => {
    const statements: [number, string][] = [[1, "system"], [2, "system host-name r1"], [3, "system domain-name d"]];
    const byValue = tree("curly", statements);
    mark(byValue, "system host-name r1");
    const byKeyword = tree("curly", statements);
    mark(byKeyword, "system host-name");
    expect(toSetLines(pruneInactive(byValue))).toEqual(["set system domain-name d"]);
    expect(toSetLines(pruneInactive(byKeyword))).toEqual(["set system domain-name d"]);
  });

  it("keeps ancestors written on other lines, even when they end up empty", () => {
    const root = tree("curly", [[1, "system"], [2, "system services"], [3, "system services ssh"], [4, "system services ssh root-login deny"]]);
    mark(root, "system services ssh root-login deny");
    expect(toSetLines(pruneInactive(root))).toEqual(["set system services ssh"]);
  });

  it("keeps the ancestors of an exact set-format mark although they share its line", () => {
    const root = tree("set", [[1, "system services ssh root-login deny"]]);
    mark(root, "system services ssh root-login");
    expect(toSetLines(pruneInactive(root))).toEqual(["set system services ssh"]);
  });

  it("keeps a same-line ancestor that still has active children", () => {
    const root = tree("curly", [[1, "system name-server 10.0.0.1"], [1, "system name-server 10.0.0.2"]]);
    mark(root, "system name-server 10.0.0.1");
    expect(toSetLines(pruneInactive(root))).toEqual(["set system name-server 10.0.0.2"]);
  });

  it("never changes its input and returns it unchanged when nothing is inactive", () => {
    const root = tree("curly", [[1, "system host-name r1"], [2, "system services telnet"]]);
    expect(pruneInactive(root)).toBe(root);
    mark(root, "system services telnet");
    const pruned = pruneInactive(root);
    expect(pruned).not.toBe(root);
    expect(toSetLines(root)).toEqual(["set system host-name r1", "set system services telnet", "deactivate system services telnet"]);
    expect(toSetLines(pruned)).toEqual(["set system host-name r1"]);
    expect(find(pruned, ["system"])?.parent).toBe(pruned);
  });

  it("prunes in place (normalize's after-inheritance pass) exactly as the pure pass does", () => {
    const statements: [number, string][] = [[1, "system"], [2, "system host-name r1"], [3, "system services"], [4, "system services ssh"], [5, "system services ssh root-login deny"], [6, "system services telnet"]];
    const root = tree("curly", statements);
    mark(root, "system host-name r1");
    mark(root, "system services ssh root-login deny");
    mark(root, "system services telnet");
    const expected = toSetLines(pruneInactive(root));
    expect(expected).toEqual(["set system services ssh"]);
    const owned = prepareForInheritance(copyTree(root, undefined, () => true));
    pruneInactiveInPlace(owned.root);
    expect(toSetLines(owned.root)).toEqual(expected);
    const listed = prepareForInheritance(copyTree(root, undefined, () => true));
    expect(listed.inactive.map((n) => n.name)).toEqual(["r1", "deny", "telnet"]);
    pruneNodesInPlace(listed.inactive);
    expect(toSetLines(listed.root)).toEqual(expected);
  });

  it("before inheritance removes only what inheritance reads; other inactive statements stay marked", () => {
    const root = tree("set", [[1, "groups G system services telnet"], [2, "groups H system services ftp"], [3, "apply-groups G"], [4, "apply-groups H"], [5, "system services ssh"]]);
    mark(root, "groups G");
    mark(root, "groups H system services ftp");
    mark(root, "apply-groups H");
    mark(root, "system services ssh");
    const before = toSetLines(root);
    expect(toSetLines(prepareForInheritance(copyTree(root, undefined, () => true)).root)).toEqual(["set groups H system services", "set apply-groups G", "set system services ssh", "deactivate system services ssh"]);
    expect(toSetLines(root)).toEqual(before);
  });
});
