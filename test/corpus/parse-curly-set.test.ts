/**
 * The curly and set parsers over the real-world corpus in ../shared/corpus (skipped when absent).
 * Files that SOURCES.md does not flag parse without errors; flagged ones get diagnostics (errors
 * with a line for syntax errors). Batfish before/after pairs about parsing, and devices present
 * in both formats, must give the same tree.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { ConfigNode } from "../../src/model/config-tree.js";
import { parseCurly } from "../../src/parse/curly.js";
import { detectFormat } from "../../src/parse/detect.js";
import { parseSet } from "../../src/parse/set.js";
import type { ParseResult } from "../../src/parse/types.js";
import { type Shape, leafPaths, shapeOf, withoutInactive } from "../parse/curly-tree-helpers.js";

const CORPUS = join(process.cwd(), "..", "shared", "corpus");
const present = existsSync(join(CORPUS, "SOURCES.md"));

/** "curly/x.conf" / "set/x.set" entries of the "files flagged" list in SOURCES.md. */
function flagged(): Set<string> {
  const sources = readFileSync(join(CORPUS, "SOURCES.md"), "utf8");
  const out = new Set<string>();
  for (const m of sources.matchAll(/^- `((?:curly|set)\/[^`]+)` — /gm)) out.add(m[1]!);
  // A leaf-list wrapped over two lines: valid Junos, flagged only by the line-based check.
  out.delete("curly/jvd__3stage_dc__esi-leaf1_qfx5120-48y.conf");
  return out;
}

/** Flagged for a syntax error (not just flat set lines or CLI noise): these need an error with a line. */
const SYNTAX_ERRORS = new Set([
  "curly/jvd__metro_as_a_service__eaccess_l2ckt_lsw.conf",
  "curly/batfish__nested-config-with-quote-bug.conf",
  "set/jvd__metro_as_a_service__eaccess_l2ckt_lsw.set",
]);

const files = (dir: "curly" | "set"): string[] => (present ? readdirSync(join(CORPUS, dir)).sort().map((f) => `${dir}/${f}`) : []);
const read = (file: string): string => readFileSync(join(CORPUS, file), "utf8");
const parse = (file: string): ParseResult => (file.startsWith("set/") ? parseSet : parseCurly)(read(file), file);
const tree = (file: string): ConfigNode => parse(file).root!;

/** The tree as it would be used (inactive parts dropped), without annotations (set output has none). */
function effective(root: ConfigNode): Shape {
  const strip = (s: Shape): Shape => ({ ...s, comment: undefined, children: s.children.map(strip) });
  return strip(withoutInactive(shapeOf(root)));
}

describe.skipIf(!present)("curly and set corpus", () => {
  const bad = present ? flagged() : new Set<string>();

  test("SOURCES.md lists the flagged curly and set files", () => {
    expect(bad.size).toBe(10);
  });

  describe.each([...files("curly"), ...files("set")])("%s", (file) => {
    test("is detected as its folder's format", () => {
      expect(detectFormat(read(file))).toBe(file.split("/")[0]);
    });

    if (bad.has(file)) {
      test("gets diagnostics (flagged in SOURCES.md)", () => {
        const r = parse(file);
        expect(r.diagnostics.length).toBeGreaterThan(0);
        expect(r.diagnostics.every((d) => d.line !== undefined)).toBe(true);
        if (SYNTAX_ERRORS.has(file)) expect(r.diagnostics.some((d) => d.level === "error")).toBe(true);
        else expect(r.diagnostics.filter((d) => d.level === "error")).toEqual([]);
      });
    } else {
      test("parses without errors into a non-empty tree", () => {
        const r = parse(file);
        expect(r.diagnostics.filter((d) => d.level === "error")).toEqual([]);
        expect(r.root!.children.length).toBeGreaterThan(0);
      });
    }
  });

  test("wrapped leaf-list (esi-leaf1): every member on both lines is kept", () => {
    const text = read("curly/jvd__3stage_dc__esi-leaf1_qfx5120-48y.conf");
    const root = tree("curly/jvd__3stage_dc__esi-leaf1_qfx5120-48y.conf");
    const listed = text.match(/members \[([^\]]*)\]/)![1]!.trim().split(/\s+/);
    const paths = new Set(leafPaths(root));
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.every((v) => [...paths].some((p) => p.endsWith(` members ${v}`)))).toBe(true);
  });

  describe("Batfish pairs about parsing", () => {
    test("nested-config-brackets: [ … ] lists flatten like Batfish's", () => {
      const curly = tree("curly/batfish__nested-config-brackets.conf");
      expect(leafPaths(curly)).toEqual(leafPaths(tree("set/batfish__nested-config-brackets-flattened.set")));
    });

    test("preprocess-juniper-generated: flat set lines + replace: + delete:", () => {
      expect(effective(tree("curly/batfish__preprocess-juniper-generated-before.conf"))).toEqual(effective(tree("set/batfish__preprocess-juniper-generated-after.set")));
    });

    test("junos-order-sensitive-replace: a replaced term keeps its place", () => {
      const before = tree("curly/batfish__junos-order-sensitive-replace-before.conf");
      expect(effective(before)).toEqual(effective(tree("set/batfish__junos-order-sensitive-replace-preprocessed.set")));
    });

    test("preprocess-flat-juniper-activation: same, except a deactivate that came before its statement", () => {
      const ours = effective(tree("set/batfish__preprocess-flat-juniper-activation-before.set"));
      const batfish = effective(tree("set/batfish__preprocess-flat-juniper-activation-after.set"));
      // Batfish applies `deactivate interfaces xe-0/0/0` (line 6) to the statement set on line 8.
      // Junos refuses to deactivate a statement that does not exist: we warn and ignore it.
      const interfaces = ours.children.find((c) => c.name === "interfaces")!;
      expect(interfaces.children.map((c) => c.name)).toEqual(["xe-0/0/0", "xe-0/0/2"]);
      const withoutXe0 = { ...ours, children: ours.children.map((c) => (c === interfaces ? { ...c, children: c.children.slice(1) } : c)) };
      expect(withoutXe0).toEqual(batfish);
    });
  });

  /**
   * Devices captured in both forms. The captures differ where the word tree cannot follow without
   * a schema (one curly statement holding two leaves, `srgb start-label 16000 index-range 80000;`,
   * is two set lines) or where the files themselves differ (dci2's curly has an address the set
   * capture lacks). Those leaf paths are listed; every other leaf path, inactive mark and the order
   * must be identical.
   */
  describe.each([
    ["jvd__dci_over_ipodwdm__dci2_mx304", ["interfaces ae12 unit 0 family inet"]],
    ["jvd__low_latency_queueing__ag3_2_mx480", ["protocols isis source-packet-routing srgb"]],
    ["jvd__broadband_edge__bng1_mx304", ["dynamic-profiles auto-stacked-pwht_dhcp interfaces", "dynamic-profiles auto-stacked-pwht interfaces"]],
  ])("%s in curly and display-set form", (device, explained) => {
    test("gives the same leaf paths and inactive marks, in the same order", () => {
      const inactive = (root: ConfigNode): string[] => {
        const out: string[] = [];
        const walk = (n: ConfigNode, path: string): void => {
          for (const c of n.children) {
            const p = path === "" ? c.name : `${path} ${c.name}`;
            if (c.inactive === true) out.push(p);
            walk(c, p);
          }
        };
        walk(root, "");
        return out;
      };
      const curly = tree(`curly/${device}.conf`);
      const set = tree(`set/${device}.set`);
      const isExplained = (p: string): boolean => explained.some((e) => p.startsWith(e));
      const fromCurly = leafPaths(curly).filter((p) => !isExplained(p));
      const fromSet = leafPaths(set).filter((p) => !isExplained(p));
      expect(fromCurly.length).toBeGreaterThan(200);
      expect(fromSet).toEqual(fromCurly);
      expect(inactive(set)).toEqual(inactive(curly));
      expect(leafPaths(curly).filter(isExplained).length).toBeGreaterThan(0);
    });
  });
});
