import { describe, expect, test } from "vitest";
import { MAX_DEPTH } from "../../src/model/config-tree.js";
import { parseCurly } from "../../src/parse/curly.js";
import { parseSet } from "../../src/parse/set.js";

/** Deterministic pseudo-random bytes (a small LCG), so the test input is the same on every run. */
function bytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

function depthOfTree(root: { children: Array<{ children: unknown[] }> } | undefined): number {
  let depth = 0;
  let level = root === undefined ? [] : root.children;
  while (level.length > 0) {
    depth++;
    level = level.flatMap((c) => c.children as typeof level);
  }
  return depth;
}

describe.each([
  ["curly", parseCurly],
  ["set", parseSet],
] as const)("%s parser on hostile input", (_name, parse) => {
  test("a binary buffer decoded as latin1 gives a ParseResult with error diagnostics", () => {
    const r = parse(bytes(200_000, 7).toString("latin1"), "blob.bin");
    expect(Array.isArray(r.diagnostics)).toBe(true);
    expect(r.diagnostics.some((d) => d.level === "error")).toBe(true);
    expect(r.diagnostics.length).toBeLessThanOrEqual(64);
  });

  test.each(["x", "a ", "<", '"'])("a 50 MB single line of %j finishes and is reported (no timing assertion)", { timeout: 180_000 }, (unit) => {
    const r = parse(unit.repeat((50 * 1024 * 1024) / unit.length), "huge.conf");
    expect(r.diagnostics.some((d) => d.level === "error")).toBe(true);
  });
});

describe("nesting depth", () => {
  test("10,000 levels of curly nesting: one diagnostic, no stack overflow, tree capped at MAX_DEPTH", () => {
    const text = `${"a {\n".repeat(10_000)}leaf;\n${"}\n".repeat(10_000)}`;
    const r = parseCurly(text, "deep.conf");
    const tooDeep = r.diagnostics.filter((d) => d.code === "parse/too-deep");
    expect(tooDeep).toHaveLength(1);
    expect(tooDeep[0]!.line).toBe(MAX_DEPTH + 1);
    expect(r.diagnostics.filter((d) => d.code === "parse/unbalanced-brace")).toEqual([]);
    expect(depthOfTree(r.root)).toBe(MAX_DEPTH);
  });

  test("10,000 unclosed levels report the unclosed blocks, capped", () => {
    const r = parseCurly("a {\n".repeat(10_000), "deep.conf");
    expect(r.diagnostics.length).toBeLessThanOrEqual(64);
    expect(r.diagnostics.some((d) => d.code === "parse/unbalanced-brace" && d.line === MAX_DEPTH)).toBe(true);
  });

  test("a statement of 10,000 words is refused, not built", () => {
    const r = parseCurly(`${"w ".repeat(10_000)};\n`, "long.conf");
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "parse/too-deep", line: 1 })]);
    expect(r.root?.children).toEqual([]);
  });

  test("a set path of 10,000 words is refused", () => {
    const r = parseSet(`set ${"w ".repeat(10_000)}\nset system host-name r1\n`, "long.set");
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: "error", line: 1 })]);
    expect(r.root?.children.map((c) => c.name)).toEqual(["system"]);
  });
});
