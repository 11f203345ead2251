/**
 * The rule tester: a rule's examples, as a table of configurations and the results they must give.
 *
 *   ruleTable(rule, [
 *     { name: "http configured", config: "set system services rest http", expect: [{ status: "fail", line: 1 }] },
 *   ]);
 *   expectTableCoverage(cases);
 *
 * Each case goes through the real pipeline: parseConfig (format detected from the content) →
 * normalize → deep freeze → evaluate. Expectations are an exact multiset of results, order-free.
 */
import { expect, it } from "vitest";
import type { DeviceEvidence } from "../../src/model/certificates.js";
import type { ConfigFormat } from "../../src/model/config-tree.js";
import type { Result, Severity, Status } from "../../src/model/report.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { freezeTree } from "../../src/engine/freeze.js";
import type { Rule } from "../../src/engine/types.js";
import { parseConfig } from "../../src/parse/index.js";
import { normalize } from "../../src/normalize/index.js";

export interface ExpectedResult {
  status: Status;
  object?: string;
  /** location.startLine */
  line?: number;
  severity?: Severity;
  message?: RegExp;
  /** The configuration group the located statement came from. */
  inheritedFrom?: string;
}

export interface RuleCase {
  name: string;
  /** A configuration in any of the four formats (curly, set, XML, JSON). */
  config: string;
  evidence?: DeviceEvidence;
  now?: Date;
  device?: string;
  expect: ExpectedResult[];
}

export const TEST_NOW = new Date("2025-06-01T00:00:00Z");
export const TEST_URI = "r1.conf";

export interface CaseRun {
  format: ConfigFormat | undefined;
  results: Result[];
}

/**
 * Runs one case through parse → normalize → freeze → evaluate. Throws when the config does not
 * parse cleanly: an error or warning (e.g. a `deactivate` of a path never set) means the case does
 * not test what its author thinks it does.
 */
export function runCase(rule: Rule, c: RuleCase): CaseRun {
  const parsed = parseConfig(c.config, TEST_URI);
  const normalized = parsed.root === undefined ? undefined : normalize(parsed.root);
  const problems = [...parsed.diagnostics, ...(normalized?.diagnostics ?? [])].filter((d) => d.level !== "info");
  if (normalized === undefined || problems.length > 0) {
    throw new Error(`case "${c.name}": config does not parse cleanly: ${problems.map((d) => `${d.line ?? "?"}: ${d.message}`).join("; ")}`);
  }
  const config = freezeTree(normalized.root);
  const settings = { now: c.now ?? TEST_NOW, expiryWarningDays: 60 };
  return { format: parsed.format, results: evaluate([rule], { device: c.device ?? "r1", config, evidence: c.evidence, settings }) };
}

/** Registers one vitest `it` per case. */
export function ruleTable(rule: Rule, cases: readonly RuleCase[]): void {
  for (const c of cases) {
    it(`${rule.meta.id}: ${c.name}`, () => {
      const { results } = runCase(rule, c);
      assertResults(results, c.expect);
    });
  }
}

/** Asserts that `results` and `expected` pair up one to one (any order). */
export function assertResults(results: readonly Result[], expected: readonly ExpectedResult[]): void {
  for (const r of results) expect(r.message.length, `empty message in ${JSON.stringify(r)}`).toBeGreaterThan(0);
  const fingerprints = results.map((r) => r.fingerprint);
  expect(new Set(fingerprints).size, "two results share rule, device, path and object (their fingerprints collide)").toBe(fingerprints.length);
  const pairing = pairUp(results, expected);
  if (pairing === undefined) {
    const shown = results.map(describeResult).join("\n  ");
    const wanted = expected.map(describeExpected).join("\n  ");
    expect.fail(`results do not match.\nexpected:\n  ${wanted}\nactual:\n  ${shown}`);
  }
}

/** Backtracking bipartite match (tables are small): index of the result for each expectation. */
function pairUp(results: readonly Result[], expected: readonly ExpectedResult[]): number[] | undefined {
  if (results.length !== expected.length) return undefined;
  const used = new Array<boolean>(results.length).fill(false);
  const chosen: number[] = [];
  const place = (e: number): boolean => {
    if (e === expected.length) return true;
    for (let r = 0; r < results.length; r++) {
      if (used[r] || !matches(results[r]!, expected[e]!)) continue;
      used[r] = true;
      chosen[e] = r;
      if (place(e + 1)) return true;
      used[r] = false;
    }
    return false;
  };
  return place(0) ? chosen : undefined;
}

export function matches(r: Result, e: ExpectedResult): boolean {
  if (r.status !== e.status) return false;
  if (e.object !== undefined && r.object !== e.object) return false;
  if (e.line !== undefined && r.location?.startLine !== e.line) return false;
  if (e.severity !== undefined && r.severity !== e.severity) return false;
  if (e.message !== undefined && !e.message.test(r.message)) return false;
  if (e.inheritedFrom !== undefined && r.inherited?.group !== e.inheritedFrom) return false;
  return true;
}

function describeResult(r: Result): string {
  const inherited = r.inherited === undefined ? "" : ` inherited from ${r.inherited.group}`;
  return `${r.status} ${r.severity} object=${r.object ?? "-"} line=${r.location?.startLine ?? "-"}${inherited}: ${r.message}`;
}

function describeExpected(e: ExpectedResult): string {
  return JSON.stringify({ ...e, message: e.message?.source });
}

const INACTIVE = /\binactive\b|^\s*deactivate\s/m;

/**
 * Registers an `it` asserting the table exercises what every rule must handle: at least one pass,
 * one fail, an inactive statement, a statement inherited from a group, and two input formats.
 */
export function expectTableCoverage(cases: readonly RuleCase[]): void {
  it("table covers pass, fail, inactive, inherited and two formats", () => {
    const statuses = new Set(cases.flatMap((c) => c.expect.map((e) => e.status)));
    expect(statuses, "a passing case").toContain("pass");
    expect(statuses, "a failing case").toContain("fail");
    expect(cases.some((c) => INACTIVE.test(c.config)), "a case with an inactive statement").toBe(true);
    expect(cases.some((c) => c.expect.some((e) => e.inheritedFrom !== undefined)), "a case inherited from a group").toBe(true);
    const formats = new Set(cases.map((c) => parseConfig(c.config, TEST_URI).format));
    expect(formats.size, `input formats used: ${[...formats].join(", ")}`).toBeGreaterThanOrEqual(2);
    const names = cases.map((c) => c.name);
    expect(new Set(names).size, "case names are unique").toBe(names.length);
  });
}
