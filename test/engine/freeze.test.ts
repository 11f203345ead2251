import { describe, expect, it } from "vitest";
import { freezeTree } from "../../src/engine/freeze.js";
import { childNamed, find } from "../../src/model/config-tree.js";
import { treeFromSetLines } from "./build-tree.js";

describe("freezeTree", () => {
  it("freezes every node and children array, so mutation throws", () => {
    const root = freezeTree(treeFromSetLines(["set system host-name r1", "set system services ssh"]));
    const ssh = find(root, ["system", "services", "ssh"])!;
    expect(Object.isFrozen(ssh)).toBe(true);
    expect(() => { ssh.name = "telnet"; }).toThrow(TypeError);
    expect(() => root.children.push(ssh)).toThrow(TypeError);
  });

  it("keeps name lookups working on wide nodes (the lazy index is built before freezing)", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `set interfaces ge-0/0/${i} unit 0`);
    const root = freezeTree(treeFromSetLines(lines));
    const interfaces = find(root, ["interfaces"])!;
    expect(childNamed(interfaces, "ge-0/0/17")?.line).toBe(18);
    expect(childNamed(interfaces, "ge-0/0/99")).toBeUndefined();
  });
});
