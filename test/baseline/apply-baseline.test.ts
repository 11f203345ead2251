import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyBaseline, readBaselineReport } from "../../src/baseline/index.js";
import { ConfigError } from "../../src/errors.js";
import { render } from "../../src/render/index.js";
import { makeReport, makeResult, makeRules, withResults } from "../helpers/report-factory.js";
import { validateReport, validateSarif } from "../helpers/schemas.js";

const a = makeResult({ ruleId: "rest-no-http", device: "r1", path: "system services rest http" });
const b = makeResult({ ruleId: "rest-https-mutual-auth", device: "r1", path: "system services rest https" });
const c = makeResult({ ruleId: "pki-ca-revocation-check", device: "r2", path: "security pki ca-profile", object: "corp" });
const earlier = withResults(makeReport({ devices: 2 }), [a, b, c]);
const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe("applyBaseline", () => {
  it("marks failures new or unchanged by fingerprint and lists the fixed ones", () => {
    const moved = { ...a, location: { uri: "configs/r1.conf", startLine: 99 } }; // lines move; identity does not
    const fresh = makeResult({ ruleId: "grpc-no-clear-text", device: "r1", path: "system services extension-service" });
    const outcome = applyBaseline([moved, fresh, { ...b, status: "pass" }], asJson(earlier), "reports/base.json");
    expect(outcome.results.map((r) => [r.ruleId, r.status, r.baselineState])).toEqual([
      ["rest-no-http", "fail", "unchanged"],
      ["grpc-no-clear-text", "fail", "new"],
      ["rest-https-mutual-auth", "pass", undefined],
    ]);
    expect(outcome.baseline).toEqual({
      uri: "reports/base.json",
      new: 1,
      unchanged: 1,
      fixed: [
        { ruleId: "rest-https-mutual-auth", device: "r1", path: "system services rest https", fingerprint: b.fingerprint },
        { ruleId: "pki-ca-revocation-check", device: "r2", path: "security pki ca-profile", object: "corp", fingerprint: c.fingerprint },
      ],
    });
  });

  it("does not count a failure that is now waived as fixed", () => {
    const waived = { ...c, status: "waived" as const, waiver: { reason: "r", owner: "o", expires: "2030-01-01" } };
    const outcome = applyBaseline([a, b, waived], asJson(earlier), "base.json");
    expect(outcome.baseline.fixed).toEqual([]);
    expect(outcome.baseline.unchanged).toBe(2);
  });

  it("produces reports that validate, in JSON and in SARIF with baselineState", () => {
    const current = makeReport({ devices: 40, seed: 11 });
    const outcome = applyBaseline(current.results, asJson(makeReport({ devices: 40, seed: 12 })), "base.json");
    const report = { ...withResults(current, outcome.results), baseline: outcome.baseline };
    expect(outcome.baseline.new).toBeGreaterThan(0);
    expect(outcome.baseline.unchanged).toBeGreaterThan(0);
    expect(outcome.baseline.fixed.length).toBeGreaterThan(0);
    expect(validateReport(JSON.parse(render("json", report, { rules: makeRules(), color: false })))).toEqual([]);
    const sarif = JSON.parse(render("sarif", report, { rules: makeRules(), color: false })) as { runs: { results: { baselineState?: string }[] }[] };
    expect(validateSarif(sarif)).toEqual([]);
    expect(new Set(sarif.runs[0]?.results.map((r) => r.baselineState))).toEqual(new Set(["new", "unchanged"]));
  });

  it("rejects something that is not a report with a ConfigError naming the file", () => {
    expect(() => applyBaseline([a], { results: [] }, "old.json")).toThrow(ConfigError);
    expect(() => applyBaseline([a], { results: [] }, "old.json")).toThrow(/^old\.json: not a junos-audit JSON report \(\(top level\): must have required property/);
  });
});

describe("readBaselineReport", () => {
  const dir = mkdtempSync(join(tmpdir(), "junos-audit-baseline-"));

  it("reads a report written by the JSON renderer", () => {
    const file = join(dir, "ok.json");
    writeFileSync(file, render("json", earlier, { rules: [], color: false }));
    expect(readBaselineReport(file).results).toHaveLength(3);
  });

  it("reports broken JSON with its line, and a missing file", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, '{\n  "schemaVersion": "1.0",\n  "tool": }\n');
    expect(() => readBaselineReport(file)).toThrow(/broken\.json:3: the baseline report is not valid JSON/);
    expect(() => readBaselineReport(join(dir, "nope.json"))).toThrow(/nope\.json: cannot read the baseline report \(ENOENT\)/);
  });
});
