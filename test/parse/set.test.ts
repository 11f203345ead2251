import { describe, expect, test } from "vitest";
import { find, words } from "../../src/model/config-tree.js";
import { parseSet } from "../../src/parse/set.js";
import { outline } from "./curly-tree-helpers.js";

const parse = (text: string) => parseSet(text, "r1.set");
const codes = (text: string) => parse(text).diagnostics.map((d) => [d.level, d.line, d.code]);

describe("set commands", () => {
  test("set creates one node per word, on the line of the set that created it", () => {
    const r = parse("set system host-name r1\nset system services ssh\n\nset system services netconf ssh\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.format).toBe("set");
    expect(outline(r.root)).toEqual(["system @1", "  host-name @1", "    r1 @1", "  services @2", "    ssh @2", "    netconf @4", "      ssh @4"]);
  });

  test("quotes, escapes, [ … ] lists and angle-bracket words", () => {
    const r = parse('set system login message "hi \\"you\\""\nset system services ssh ciphers [ aes256-ctr aes128-ctr ]\nset groups G interfaces <ge-*> mtu 9000\n');
    expect(r.diagnostics).toEqual([]);
    expect(find(r.root!, words("system login message"))?.children[0]?.name).toBe('hi "you"');
    expect(find(r.root!, words("system services ssh ciphers"))?.children.map((c) => c.name)).toEqual(["aes256-ctr", "aes128-ctr"]);
    expect(find(r.root!, words("groups G interfaces <ge-*> mtu 9000"))?.line).toBe(3);
  });

  test("delete removes the path and below; deleting a missing path is a warning", () => {
    const r = parse("set a b c\nset a b d\nset a e\ndelete a b\ndelete a x\n");
    expect(outline(r.root)).toEqual(["a @1", "  e @3"]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: "warning", line: 5, code: "set/delete-missing" })]);
  });

  test("set → delete → set of a leaf-list ends with the last values only", () => {
    const r = parse("set system services ssh ciphers [ a 3des-cbc ]\ndelete system services ssh ciphers\nset system services ssh ciphers [ a ]\n");
    expect(find(r.root!, words("system services ssh ciphers"))?.children.map((c) => c.name)).toEqual(["a"]);
  });

  test("delete of a value takes the keyword it leaves empty (delete host-name r1)", () => {
    const r = parse("set system host-name r1\nset system domain-name x\ndelete system host-name r1\n");
    expect(outline(r.root, false)).toEqual(["system", "  domain-name", "    x"]);
  });

  test("deactivate / activate mark and unmark the last node; missing paths warn and are ignored", () => {
    const r = parse("deactivate interfaces xe-0/0/0\nset interfaces xe-0/0/0 unit 0\nset interfaces xe-0/0/1 unit 0\ndeactivate interfaces xe-0/0/1\nset interfaces xe-0/0/2 unit 0\ndeactivate interfaces xe-0/0/2\nactivate interfaces xe-0/0/2\n");
    expect(outline(r.root)).toEqual(["interfaces @2", "  xe-0/0/0 @2", "    unit @2", "      0 @2", "  xe-0/0/1 @3 [inactive]", "    unit @3", "      0 @3", "  xe-0/0/2 @5", "    unit @5", "      0 @5"]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: "warning", line: 1, code: "set/missing-path" })]);
  });

  test("protect / unprotect and annotate", () => {
    const r = parse('set system host-name r1\nset system services ssh\nprotect system services\nprotect system host-name\nunprotect system host-name\nannotate system services "managed by ansible"\n');
    expect(r.diagnostics).toEqual([]);
    expect(outline(r.root)).toEqual(["system @1", "  host-name @1", "    r1 @1", "  services @2 [protect] /*managed by ansible*/", "    ssh @2"]);
  });

  test("insert before/after reorders siblings", () => {
    const lines = ["T1", "T2", "T3"].map((t) => `set policy-options policy-statement PS term ${t} then accept`);
    const r = parse(`${lines.join("\n")}\ninsert policy-options policy-statement PS term T3 before term T1\ninsert policy-options policy-statement PS term T1 after term T2\n`);
    expect(r.diagnostics).toEqual([]);
    expect(find(r.root!, words("policy-options policy-statement PS term"))?.children.map((c) => c.name)).toEqual(["T3", "T2", "T1"]);
  });

  test("rename keeps position and subtree; copy duplicates with the copy's line", () => {
    const r = parse("set interfaces ge-0/0/0 unit 0 family inet\nset interfaces ge-0/0/1 mtu 9000\nrename interfaces ge-0/0/0 to ge-0/0/5\ncopy interfaces ge-0/0/5 to ge-0/0/6\nrename interfaces ge-0/0/1 to ge-0/0/6\n");
    expect(outline(r.root)).toEqual([
      "interfaces @1", "  ge-0/0/5 @1", "    unit @1", "      0 @1", "        family @1", "          inet @1", "  ge-0/0/1 @2", "    mtu @2", "      9000 @2",
      "  ge-0/0/6 @4", "    unit @4", "      0 @4", "        family @4", "          inet @4",
    ]);
    expect(codes("set a b\nset a c\nrename a b to c\n")).toEqual([["error", 3, "parse/bad-command"]]);
  });

  test("edit / up / top / exit move the level; top <command> runs at the top", () => {
    const r = parse("edit system services\nset ssh\nup\nset host-name r1\ntop set snmp location lab\nset login user bob\ntop\nedit interfaces\nexit\nset version 1\n");
    expect(r.diagnostics).toEqual([]);
    expect(outline(r.root, false)).toEqual(["system", "  services", "    ssh", "  host-name", "    r1", "  login", "    user", "      bob", "snmp", "  location", "    lab", "version", "  1"]);
  });

  test("a single-value leaf keeps the last value; a choice replaces its siblings", () => {
    const r = parse("set system host-name r1\nset system host-name r2\nset security pki ca-profile c revocation-check use-ocsp\nset security pki ca-profile c revocation-check use-crl\n");
    expect(find(r.root!, words("system host-name"))?.children.map((c) => [c.name, c.line])).toEqual([["r2", 2]]);
    expect(find(r.root!, words("security pki ca-profile c revocation-check"))?.children.map((c) => c.name)).toEqual(["use-crl"]);
  });
});

describe("set noise and errors", () => {
  test("CLI noise is skipped with a warning naming the line; blank, # and ! lines silently", () => {
    const text = [
      "show configuration | display set | no-more", "configure", "{master:0}", "[edit]", "user@r1# ", "root@r1> show configuration", "#RANCID-CONTENT-TYPE: juniper", "!", "",
      "set system host-name r1", "commit and-quit", "exit", "quit",
    ].join("\n");
    expect(codes(text)).toEqual([
      ["warning", 1, "set/cli-noise"], ["warning", 2, "set/cli-noise"], ["warning", 3, "set/cli-noise"], ["warning", 4, "set/cli-noise"], ["warning", 5, "set/cli-noise"],
      ["warning", 6, "set/cli-noise"], ["warning", 11, "set/cli-noise"], ["warning", 12, "set/cli-noise"], ["warning", 13, "set/cli-noise"],
    ]);
    expect(parse(text).diagnostics[0]!.message).toContain("show configuration | display set");
  });

  test("anything else is an error with its line, and parsing goes on", () => {
    const r = parse("MA3:\nset system host-name r1\nfoo bar\n");
    expect(r.diagnostics.map((d) => [d.level, d.line, d.code])).toEqual([["error", 1, "parse/unknown-command"], ["error", 3, "parse/unknown-command"]]);
    expect(r.diagnostics[0]!.message).toContain("'MA3:'");
    expect(find(r.root!, words("system host-name r1"))).toBeDefined();
  });

  test("unterminated quotes and unclosed lists are errors on their line", () => {
    expect(codes('set system host-name r1\nset system login message "oops\nset a b [ c d\nset a ] b\n')).toEqual([
      ["error", 2, "parse/bad-command"], ["error", 3, "parse/bad-command"], ["error", 4, "parse/bad-command"],
    ]);
  });

  test("empty input and comment-only input are errors", () => {
    expect(parse("").root).toBeUndefined();
    expect(parse("\n \n").diagnostics[0]?.message).toBe("empty file: expected a Junos configuration");
    expect(codes("# nothing here\n")).toEqual([["error", undefined, "parse/empty"]]);
  });
});
