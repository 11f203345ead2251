import { describe, expect, it } from "vitest";
import type { ConfiguredWaiver } from "../../src/config/types.js";
import { applyWaivers } from "../../src/waivers/index.js";
import { summarize } from "../../src/render/summary.js";
import { makeReport, makeResult, withResults } from "../helpers/report-factory.js";
import { validateReport } from "../helpers/schemas.js";

const now = new Date("2026-03-01T12:00:00Z");

function waiver(partial: Partial<ConfiguredWaiver> = {}): ConfiguredWaiver {
  return { ruleId: "rest-no-http", devices: "lab-*", reason: "Lab only", owner: "netops", expires: "2026-06-30", uri: ".junos-audit.yaml", line: 7, ...partial };
}

const results = [
  makeResult({ ruleId: "rest-no-http", device: "lab-r1", path: "system services rest http" }),
  makeResult({ ruleId: "rest-no-http", device: "lab-r2", path: "system services rest http" }),
  makeResult({ ruleId: "rest-no-http", device: "core-r1", path: "system services rest http" }),
  makeResult({ ruleId: "rest-no-http", device: "lab-r3", status: "pass" }),
  makeResult({ ruleId: "rest-no-http", device: "lab-r4", status: "inconclusive" }),
  makeResult({ ruleId: "pki-ca-revocation-check", device: "lab-r1", path: "security pki ca-profile", object: "corp-ca" }),
  makeResult({ ruleId: "pki-ca-revocation-check", device: "lab-r1", path: "security pki ca-profile", object: "lab-ca" }),
];

const statuses = (list: { device: string; ruleId: string; status: string; object?: string | undefined }[]) =>
  list.map((r) => `${r.device}/${r.ruleId}${r.object ? `/${r.object}` : ""}=${r.status}`);

describe("applyWaivers", () => {
  it("waives failing results matching rule and device glob, with reason, owner and expiry", () => {
    const outcome = applyWaivers(results, [waiver()], now);
    expect(statuses(outcome.results).slice(0, 5)).toEqual([
      "lab-r1/rest-no-http=waived",
      "lab-r2/rest-no-http=waived",
      "core-r1/rest-no-http=fail",
      "lab-r3/rest-no-http=pass",
      "lab-r4/rest-no-http=inconclusive",
    ]);
    expect(outcome.results[0]?.waiver).toEqual({ reason: "Lab only", owner: "netops", expires: "2026-06-30" });
    expect(outcome.diagnostics).toEqual([]);
    const report = withResults(makeReport({ devices: 1 }), outcome.results);
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(summarize([], outcome.results).byStatus.waived).toBe(2);
  });

  it("narrows by path prefix on word boundaries and by object", () => {
    const byObject = applyWaivers(results, [waiver({ ruleId: "pki-ca-revocation-check", devices: "*", object: "lab-ca" })], now);
    expect(statuses(byObject.results).slice(5)).toEqual([
      "lab-r1/pki-ca-revocation-check/corp-ca=fail",
      "lab-r1/pki-ca-revocation-check/lab-ca=waived",
    ]);
    expect(applyWaivers(results, [waiver({ path: "system services rest" })], now).results[0]?.status).toBe("waived");
    const wrongPrefix = applyWaivers(results, [waiver({ path: "system services re" })], now);
    expect(wrongPrefix.results[0]?.status).toBe("fail");
    expect(wrongPrefix.diagnostics.map((d) => d.code)).toEqual(["waiver/unused"]);
  });

  it("does not apply an expired waiver and warns, naming where it is written", () => {
    const outcome = applyWaivers(results, [waiver({ expires: "2026-02-28" })], now);
    expect(outcome.results.filter((r) => r.status === "waived")).toEqual([]);
    expect(outcome.diagnostics).toEqual([
      {
        level: "warning",
        code: "waiver/expired",
        message: 'The waiver for rest-no-http on devices "lab-*" (owner netops) expired on 2026-02-28; the 2 failing result(s) it covered are reported as failures again.',
        uri: ".junos-audit.yaml",
        line: 7,
      },
    ]);
  });

  it("still applies on its last day (UTC) and mentions that it expires soon", () => {
    const lastDay = applyWaivers(results, [waiver({ expires: "2026-03-01" })], now);
    expect(lastDay.results[0]?.status).toBe("waived");
    expect(lastDay.diagnostics.map((d) => [d.level, d.code])).toEqual([["info", "waiver/expires-soon"]]);
    expect(applyWaivers(results, [waiver({ expires: "2026-03-01" })], new Date("2026-03-02T00:00:00Z")).results[0]?.status).toBe("fail");
  });

  it("warns about a waiver that matches nothing", () => {
    const outcome = applyWaivers(results, [waiver({ devices: "edge-*" })], now);
    expect(outcome.diagnostics).toHaveLength(1);
    expect(outcome.diagnostics[0]).toMatchObject({ level: "warning", code: "waiver/unused", line: 7 });
    expect(outcome.diagnostics[0]?.message).toContain('devices "edge-*"');
  });

  it("does not mutate its input", () => {
    const copy = structuredClone(results);
    applyWaivers(results, [waiver()], now);
    expect(results).toEqual(copy);
  });
});
