import { describe, expect, it } from "vitest";
import { render, sortDevices, sortResults, summarize } from "../../src/render/index.js";
import type { DeviceReport, Status } from "../../src/model/report.js";
import { makeReport, makeResult, makeRules } from "../helpers/report-factory.js";
import { validateReport } from "../helpers/schemas.js";

const device = (name: string, status: "ok" | "error"): DeviceReport => ({ name, source: { uri: `${name}.conf`, format: "set" }, status, diagnostics: [] });
const result = (status: Status, severity: "high" | "low" = "high", ruleId = "rest-no-http") => makeResult({ ruleId, device: "r1", status, severity });

describe("summarize", () => {
  it("counts statuses, unwaived failures by severity, and devices", () => {
    const summary = summarize(
      [device("r1", "ok"), device("r2", "error")],
      [result("pass"), result("pass"), result("fail"), result("fail", "low"), result("waived"), result("inconclusive"), result("not-applicable")],
    );
    expect(summary.devices).toEqual({ total: 2, ok: 1, error: 1 });
    expect(summary.byStatus).toEqual({ pass: 2, fail: 2, "not-applicable": 1, inconclusive: 1, waived: 1, error: 0 });
    expect(summary.failuresBySeverity).toEqual({ info: 0, low: 1, medium: 0, high: 1, critical: 0 });
    expect(summary.score).toBe(50);
  });

  it("rounds the score to one decimal and is null when nothing was judged", () => {
    expect(summarize([], [result("pass"), result("pass"), result("fail")]).score).toBe(66.7);
    expect(summarize([], [result("not-applicable"), result("waived")]).score).toBeNull();
  });
});

describe("render", () => {
  it("renders JSON that is the report, sorted, and valid against the schema", () => {
    const report = makeReport({ devices: 120, errorEvery: 30, waiveEvery: 6 });
    const shuffled = { ...report, results: [...report.results].reverse() };
    const text = render("json", shuffled, { rules: makeRules(), color: false });
    const parsed = JSON.parse(text) as typeof report;
    expect(validateReport(parsed)).toEqual([]);
    const ordered = { ...report, devices: sortDevices(report.devices), results: sortResults(report.results) };
    expect(text).toBe(`${JSON.stringify(ordered, null, 2)}\n`);
    expect(parsed.results.map((r) => r.device)).toEqual([...parsed.results.map((r) => r.device)].sort());
  });

  it("produces a report the schema rejects when a field is wrong (the schema is not a rubber stamp)", () => {
    const report = JSON.parse(render("json", makeReport({ devices: 2 }), { rules: [], color: false })) as Record<string, unknown>;
    const results = report.results as Record<string, unknown>[];
    (results[0] as Record<string, unknown>).status = "failed";
    expect(validateReport(report).join("\n")).toMatch(/\/results\/0\/status/);
    (results[0] as Record<string, unknown>).status = "waived";
    expect(validateReport(report).join("\n")).toMatch(/waiver/);
  });

  it("dispatches every format", () => {
    const report = makeReport({ devices: 2 });
    const ctx = { rules: makeRules(), color: false };
    expect(render("html", report, ctx)).toMatch(/^<!DOCTYPE html>/);
    expect(JSON.parse(render("sarif", report, ctx))).toHaveProperty("version", "2.1.0");
    expect(render("text", report, ctx)).toContain("Summary");
  });
});
