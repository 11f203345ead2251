import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/run/read-text.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decodeText", () => {
  it("reads ASCII, UTF-8 and UTF-8 with a byte-order mark (dropped) as the same text a UTF-8 decoder gives", () => {
    expect(decodeText(bytes("system { host-name r1; }\n"), "a.conf")).toEqual({ text: "system { host-name r1; }\n", diagnostics: [] });
    expect(decodeText(bytes('description "café ✓";\n'), "u.conf")).toEqual({ text: 'description "café ✓";\n', diagnostics: [] });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], "set system host-name r1\n"), "b.set").text).toBe("set system host-name r1\n");
  });

  it("reports invalid UTF-8 with its line and still gives the text, the bad byte replaced", () => {
    const result = decodeText(bytes("system {\n  host-name r", [0xff], "1;\n}\n"), "bad.conf");
    expect(result.text).toBe("system {\n  host-name r\uFFFD1;\n}\n");
    expect(result.diagnostics).toMatchObject([{ level: "error", code: "input/invalid-utf8", uri: "bad.conf", line: 2 }]);
  });

  it("skips a file with a NUL byte as binary, naming the line", () => {
    const result = decodeText(bytes("a\nb", [0], "c"), "bin.dat");
    expect(result.text).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ level: "info", code: "input/binary", line: 2 }]);
  });
});
