import { describe, expect, it } from "vitest";
import type { Result } from "../../src/model/report.js";
import { assertResults, matches } from "../helpers/rule-tester.js";

let serial = 0;
function result(over: Partial<Result>): Result {
  return { ruleId: "r", device: "r1", status: "pass", severity: "high", message: "ok", path: "p", fingerprint: `f${serial++}`, ...over };
}

describe("rule tester matching", () => {
  const fail = result({ status: "fail", object: "CA1", location: { uri: "r1.conf", startLine: 4 }, message: "CA1 is missing" });
  const inherited = result({ object: "CA2", inherited: { group: "G", applyGroups: { uri: "r1.conf", startLine: 9 } } });

  it("matches on each given field only", () => {
    expect(matches(fail, { status: "fail" })).toBe(true);
    expect(matches(fail, { status: "fail", object: "CA1", line: 4, severity: "high", message: /missing/ })).toBe(true);
    expect(matches(fail, { status: "pass" })).toBe(false);
    expect(matches(fail, { status: "fail", line: 5 })).toBe(false);
    expect(matches(fail, { status: "fail", object: "CA2" })).toBe(false);
    expect(matches(fail, { status: "fail", message: /absent/ })).toBe(false);
    expect(matches(fail, { status: "fail", severity: "low" })).toBe(false);
    expect(matches(inherited, { status: "pass", inheritedFrom: "G" })).toBe(true);
    expect(matches(fail, { status: "fail", inheritedFrom: "G" })).toBe(false);
  });

  it("requires an exact multiset, in any order", () => {
    expect(() => assertResults([fail, inherited], [{ status: "pass" }, { status: "fail" }])).not.toThrow();
    expect(() => assertResults([fail, inherited], [{ status: "fail" }])).toThrow(/do not match/);
    expect(() => assertResults([fail], [{ status: "fail" }, { status: "fail" }])).toThrow(/do not match/);
  });

  it("rejects results whose fingerprints collide (a rule judged the same object twice)", () => {
    const twice = [result({ fingerprint: "same" }), result({ fingerprint: "same" })];
    expect(() => assertResults(twice, [{ status: "pass" }, { status: "pass" }])).toThrow(/fingerprints collide/);
  });

  it("backtracks: a loose expectation does not steal the result a strict one needs", () => {
    const a = result({ status: "fail", object: "A" });
    const b = result({ status: "fail", object: "B" });
    expect(() => assertResults([a, b], [{ status: "fail" }, { status: "fail", object: "A" }])).not.toThrow();
  });
});
