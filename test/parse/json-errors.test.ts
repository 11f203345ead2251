import { describe, expect, it } from "vitest";
import { MAX_DEPTH, valueOf } from "../../src/model/config-tree.js";
import { parseJson } from "../../src/parse/json.js";
import { at } from "./xml-tree-helpers.js";

describe("parseJson: not a configuration", () => {
  it("skips an operational reply with a note naming its top-level member", () => {
    const text = '<rpc-reply>\n{\n    "route-information" : [{"route-table" : []}]\n}\n</rpc-reply>\n';
    const result = parseJson(text, "routes.json");
    expect(result.skipped).toBe(true);
    expect(result.root).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "info", code: "input/not-a-config", uri: "routes.json" });
    expect(result.diagnostics[0]!.message).toContain('"route-information"');
  });

  it("skips a top-level array", () => {
    const result = parseJson('[{"interface-information" : []}]', "terse.json");
    expect(result.skipped).toBe(true);
    expect(result.diagnostics[0]!.message).toContain("top-level array");
  });
});

describe("parseJson: malformed JSON", () => {
  it("reports a missing comma with the line and what was expected, keeping what was read", () => {
    const text = '{"configuration" : {\n"system" : {\n"host-name" : "r1"\n"domain-name" : "d"\n}}}';
    const result = parseJson(text, "bad.json");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "error", code: "parse/json-malformed", line: 4 });
    expect(result.diagnostics[0]!.message).toContain("expected ',' or '}'");
    expect(valueOf(at(result.root, "system host-name"))).toBe("r1");
  });

  it("never quotes the misplaced value (it may be a secret)", () => {
    const text = '{"configuration" : {"system" : {"root-authentication" : {"encrypted-password" : "$6$s3cr3t" "$6$other"}}}}';
    const result = parseJson(text, "s.json");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.message).not.toContain("$6$");
    expect(result.diagnostics[0]!.message).toContain("a quoted string");
  });

  it("reports a truncated file at its last line", () => {
    const text = '{"configuration" : {\n"system" : {\n"host-name" : "r1",\n';
    const result = parseJson(text, "cut.json");
    expect(result.diagnostics).toMatchObject([{ level: "error", line: 4 }]);
    expect(result.diagnostics[0]!.message).toContain("the end of the input");
    expect(valueOf(at(result.root, "system host-name"))).toBe("r1");
  });

  it("reports a string that never closes at the line where it starts", () => {
    const result = parseJson('{"configuration" : {\n"system" : {"host-name" : "r1}}}\n', "q.json");
    expect(result.diagnostics).toMatchObject([{ level: "error", line: 2 }]);
    expect(result.diagnostics[0]!.message).toContain("closing quote");
  });

  it("reports a missing colon and junk after the top-level value", () => {
    expect(parseJson('{"configuration" {}}', "c.json").diagnostics[0]!.message).toContain("expected ':'");
    const junk = parseJson('{"configuration" : {"system" : {}}}\n}\n', "j.json");
    expect(junk.diagnostics).toMatchObject([{ level: "error", line: 2 }]);
    expect(junk.root?.children.map((c) => c.name)).toEqual(["system"]);
  });

  it("reports empty input without throwing", () => {
    const result = parseJson("", "empty.json");
    expect(result.root).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ level: "error" }]);
  });

  it("refuses configurations nested deeper than MAX_DEPTH, without recursing", () => {
    const depth = MAX_DEPTH + 20;
    const text = `{"configuration" : {${'"a" : {'.repeat(depth)}${"}".repeat(depth)}, "system" : {"host-name" : "r1"}}}`;
    const result = parseJson(text, "deep.json");
    expect(result.diagnostics).toMatchObject([{ level: "error", code: "parse/too-deep" }]);
    expect(valueOf(at(result.root, "system host-name"))).toBe("r1");
  });

  it("refuses absurd nesting in the JSON text itself", () => {
    const depth = 4 * MAX_DEPTH;
    const result = parseJson(`${"[".repeat(depth)}${"]".repeat(depth)}`, "nest.json");
    expect(result.diagnostics).toMatchObject([{ level: "error", code: "parse/json-malformed" }]);
    expect(result.diagnostics[0]!.message).toContain("nested deeper");
  });
});
