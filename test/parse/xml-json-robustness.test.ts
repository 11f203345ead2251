/**
 * Never throw, whatever the input: truncated and mangled versions of the fixtures, and random text.
 * Every error names a line inside the input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParseResult } from "../../src/parse/types.js";
import { parseJson } from "../../src/parse/json.js";
import { parseXml } from "../../src/parse/xml.js";
import { fixture } from "./xml-tree-helpers.js";

function checkResult(result: ParseResult, text: string): void {
  const lines = text.split("\n").length;
  for (const d of result.diagnostics) {
    if (d.level === "error") {
      expect(d.line, d.message).toBeGreaterThanOrEqual(1);
      expect(d.line, d.message).toBeLessThanOrEqual(lines);
    }
  }
  if (result.root !== undefined) expect(result.skipped).not.toBe(true);
}

/** The text cut at `cut` with `insert` spliced in there. */
const mangled = (base: string) =>
  fc.record({ cut: fc.nat({ max: base.length }), insert: fc.constantFrom("", "<", ">", "</a>", "{", "}", "[", "]", '"', ",", ":", "&", "<![CDATA[", "\n") }).map(({ cut, insert }) => base.slice(0, cut) + insert + base.slice(cut));

describe("the XML and JSON parsers never throw", () => {
  const xml = fixture("mgmt.xml");
  const json = fixture("mgmt.json");

  it("on every prefix of the XML fixture (a truncated file)", () => {
    for (let cut = 0; cut <= xml.length; cut += 7) checkResult(parseXml(xml.slice(0, cut), "t.xml"), xml.slice(0, cut));
  });

  it("on every prefix of the JSON fixture", () => {
    for (let cut = 0; cut <= json.length; cut += 5) checkResult(parseJson(json.slice(0, cut), "t.json"), json.slice(0, cut));
  });

  it("on mangled XML", () => {
    fc.assert(fc.property(mangled(xml), (text) => checkResult(parseXml(text, "m.xml"), text)), { numRuns: 300 });
  });

  it("on mangled JSON", () => {
    fc.assert(fc.property(mangled(json), (text) => checkResult(parseJson(text, "m.json"), text)), { numRuns: 300 });
  });

  it("on random text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        checkResult(parseXml(text, "r.xml"), text);
        checkResult(parseJson(text, "r.json"), text);
      }),
      { numRuns: 300 },
    );
  });
});
