import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { find, valueOf } from "../../src/model/config-tree.js";
import { parseCurly } from "../../src/parse/curly.js";
import { charCodes } from "../../src/parse/text-chars.js";

const viaCharCodeAt = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe("charCodes", () => {
  it("holds the same code units as charCodeAt, for one-byte, two-byte and astral text", () => {
    for (const text of ["", "a", "system {\n    host-name r1;\n}\n", "description \"café ü\";", "message \"😀 – ok\";\r\n"]) {
      expect(Array.from(charCodes(text))).toEqual(viaCharCodeAt(text));
    }
  });

  it("reads texts larger than the shared scratch buffer (over 4 Mi chars)", () => {
    const text = `${"system {\n".repeat(500_000)}\u013B;`;
    const codes = charCodes(text);
    expect(codes.length).toBe(text.length);
    for (const i of [0, 7, 8, 1_234_567, text.length - 2, text.length - 1]) expect(codes[i]).toBe(text.charCodeAt(i));
  });

  it("matches charCodeAt on concatenated strings of any content", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string(), (a, b) => {
        const text = a + b;
        expect(Array.from(charCodes(text))).toEqual(viaCharCodeAt(text));
      }),
    );
  });
});

describe("curly scanning of non-ASCII words", () => {
  it("keeps chars whose low byte is a delimiter inside the word (U+013B, U+017B, U+0120)", () => {
    const text = "system {\n    host-name r\u013Bx\u017B\u0120y;\n    location caf\u00e9;\n}\n";
    const { root, diagnostics } = parseCurly(text, "t.conf");
    expect(diagnostics).toEqual([]);
    expect(valueOf(find(root!, ["system", "host-name"]))).toBe("r\u013Bx\u017B\u0120y");
    expect(valueOf(find(root!, ["system", "location"]))).toBe("caf\u00e9");
  });
});
