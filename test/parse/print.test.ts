import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createRoot, ensureChild } from "../../src/model/config-tree.js";
import { parseCurly } from "../../src/parse/curly.js";
import { toCurly } from "../../src/parse/print-curly.js";
import { toSetLines } from "../../src/parse/print-set.js";
import { parseSet } from "../../src/parse/set.js";
import { shapeOf } from "./curly-tree-helpers.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/parse");
const goldens = readdirSync(FIXTURES).filter((f) => f.endsWith(".conf"));

describe("golden curly → set lines", () => {
  test("there are golden fixtures", () => {
    expect(goldens.length).toBeGreaterThanOrEqual(2);
  });

  test.each(goldens)("%s", (file) => {
    const parsed = parseCurly(readFileSync(join(FIXTURES, file), "utf8"), file);
    expect(parsed.diagnostics).toEqual([]);
    const expected = readFileSync(join(FIXTURES, file.replace(/\.conf$/, ".set")), "utf8").trimEnd().split("\n");
    expect(toSetLines(parsed.root!)).toEqual(expected);
  });

  test.each(goldens)("%s: the set lines parse back to the same tree", (file) => {
    const fromCurly = parseCurly(readFileSync(join(FIXTURES, file), "utf8"), file).root!;
    const fromSet = parseSet(toSetLines(fromCurly, { annotations: true }).join("\n"), "x.set").root!;
    expect(shapeOf(fromSet)).toEqual(shapeOf(fromCurly));
  });
});

describe("toSetLines", () => {
  test("quotes words that need it and emits annotate lines only when asked", () => {
    const root = createRoot({ uri: "t", format: "set" });
    const msg = ensureChild(ensureChild(ensureChild(root, "system", 1, root.source), "login", 1, root.source), "message", 1, root.source);
    ensureChild(msg, 'say "hi" now', 1, root.source);
    ensureChild(ensureChild(root, "x", 1, root.source), "<a b", 1, root.source);
    msg.comment = "motd";
    expect(toSetLines(root)).toEqual(['set system login message "say \\"hi\\" now"', 'set x "<a b"']);
    expect(toSetLines(root, { annotations: true })).toContain('annotate system login message "motd"');
  });
});

describe("toCurly", () => {
  test("prints 4-space blocks, leaf chains, leaf-lists, prefixes and annotations", () => {
    const text = readFileSync(join(FIXTURES, "services.conf"), "utf8");
    const printed = toCurly(parseCurly(text, "services.conf").root!);
    expect(printed).toContain("system {\n    host-name edge-1;\n    /* managed by automation */\n    root-authentication {\n");
    expect(printed).toContain("            ciphers [ aes256-ctr aes128-ctr ];\n");
    expect(printed).toContain("        inactive: telnet;\n        protect: netconf {\n            ssh;\n        }\n");
    expect(printed).toContain("    inactive: ge-0/0/1 {\n        unit 0 family inet address 10.0.0.1/31;\n    }\n    lo0 unit 0;\n");
    expect(printed).toContain('ssh-rsa "ssh-rsa AAAAB3Nza ops@example.net";');
  });

  test("printed curly parses back to the same tree", () => {
    for (const file of goldens) {
      const tree = parseCurly(readFileSync(join(FIXTURES, file), "utf8"), file).root!;
      const again = parseCurly(toCurly(tree), "again.conf");
      expect(again.diagnostics).toEqual([]);
      expect(shapeOf(again.root!)).toEqual(shapeOf(tree));
    }
  });

  test("words the parser would misread are quoted: prefixes and ! at statement start, /*, unclosed <", () => {
    const root = createRoot({ uri: "t", format: "curly" });
    for (const w of ["inactive:", "!bang", "/*x", "<open"]) ensureChild(ensureChild(root, w, 1, root.source), "v", 1, root.source);
    const printed = toCurly(root);
    expect(printed).toBe('"inactive:" v;\n"!bang" v;\n"/*x" v;\n"<open" v;\n');
    expect(shapeOf(parseCurly(printed, "q").root!)).toEqual(shapeOf(root));
  });
});
