import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Log, Result as SarifResult } from "sarif";
import { renderSarif } from "../../src/render/sarif/index.js";
import type { RenderContext } from "../../src/render/context.js";
import { makeReport, makeResult, makeRules, withResults } from "../helpers/report-factory.js";
import { validateSarif } from "../helpers/schemas.js";

const ctx: RenderContext = { rules: makeRules(), color: false, cwd: "/srv/netconfigs" };

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

function run(log: Log) {
  const first = log.runs[0];
  if (first === undefined) throw new Error("no run");
  return first;
}

describe("SARIF renderer", () => {
  it("validates against the SARIF 2.1.0 schema for a large fleet with errors and waivers", () => {
    const report = makeReport({ devices: 250, errorEvery: 40, waiveEvery: 9 });
    const text = renderSarif(report, ctx);
    mkdirSync("test-output", { recursive: true });
    writeFileSync("test-output/sample.sarif", text);
    const log = parse(text);
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs).toHaveLength(1);
  });

  it("lists every catalogue rule with GitHub's properties, sorted by id", () => {
    const rules = run(parse(renderSarif(makeReport({ devices: 2 }), ctx))).tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(ctx.rules.map((r) => r.id).sort());
    const grpc = rules.find((r) => r.id === "grpc-no-clear-text");
    expect(grpc?.properties?.["security-severity"]).toBe("9.5");
    expect(grpc?.defaultConfiguration?.level).toBe("error");
    expect(grpc?.properties?.tags).toContain("security");
    expect(grpc?.help?.markdown).toContain("```junos\ndelete system services extension-service request-response grpc clear-text");
    expect(grpc?.helpUri).toMatch(/docs\/rules\/grpc-no-clear-text\.md$/);
    const low = rules.find((r) => r.id === "rest-connection-limit");
    expect(low?.properties?.["security-severity"]).toBe("3.0");
    expect(low?.defaultConfiguration?.level).toBe("note");
  });

  it("emits only unwaived failures, each with location, fingerprint and a matching ruleIndex", () => {
    const report = makeReport({ devices: 30, waiveEvery: 3 });
    const sarifRun = run(parse(renderSarif(report, ctx)));
    const failures = report.results.filter((r) => r.status === "fail");
    expect(sarifRun.results).toHaveLength(failures.length);
    const fingerprints = new Set(failures.map((r) => r.fingerprint));
    for (const result of sarifRun.results ?? []) {
      expect(fingerprints.has(result.partialFingerprints?.["junosAudit/v1"] ?? "")).toBe(true);
      expect(result.partialFingerprints).not.toHaveProperty("primaryLocationLineHash");
      expect(sarifRun.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      const physical = result.locations?.[0]?.physicalLocation;
      expect(physical?.artifactLocation?.uriBaseId).toBe("%SRCROOT%");
      expect(physical?.region?.startLine).toBeGreaterThan(0);
    }
  });

  it("maps severity to level and names the device and path logically", () => {
    const report = withResults(makeReport({ devices: 1 }), [
      makeResult({ ruleId: "rest-connection-limit", device: "r1", severity: "low", path: "system services rest control" }),
      makeResult({ ruleId: "rest-https-cipher-list", device: "r1", severity: "medium", path: "system services rest https cipher-list" }),
      makeResult({ ruleId: "grpc-no-clear-text", device: "r1", severity: "critical", path: "system services extension-service request-response grpc" }),
    ]);
    const results = run(parse(renderSarif(report, ctx))).results ?? [];
    const levels = Object.fromEntries(results.map((r) => [r.ruleId, r.level]));
    expect(levels).toEqual({ "grpc-no-clear-text": "error", "rest-connection-limit": "note", "rest-https-cipher-list": "warning" });
    expect(results[0]?.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName).toBe(
      "r1: system services extension-service request-response grpc",
    );
  });

  it("points inherited statements at the apply-groups line through relatedLocations", () => {
    const inherited = makeResult({
      ruleId: "rest-no-http",
      device: "r1",
      path: "system services rest http",
      location: { uri: "configs/r1.conf", startLine: 40 },
      inherited: { group: "mgmt", applyGroups: { uri: "configs/r1.conf", startLine: 3 } },
    });
    const [result] = run(parse(renderSarif(withResults(makeReport({ devices: 1 }), [inherited]), ctx))).results as SarifResult[];
    expect(result?.relatedLocations?.[0]?.physicalLocation?.region?.startLine).toBe(3);
    expect(result?.relatedLocations?.[0]?.message?.text).toBe("inherited from group mgmt via apply-groups here");
    expect(result?.message.text).toContain("[apply-groups](1)");
  });

  it("keeps results: [] on a clean run and reports unreadable devices as failed execution", () => {
    const report = withResults(makeReport({ devices: 10, errorEvery: 5 }), []);
    const sarifRun = run(parse(renderSarif(report, ctx)));
    expect(sarifRun.results).toEqual([]);
    const invocation = sarifRun.invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(false);
    const errors = invocation?.toolExecutionNotifications?.filter((n) => n.level === "error") ?? [];
    expect(errors.map((n) => n.message.text)).toEqual([
      expect.stringMatching(/^core-rtr-005: Expected '}'/),
      expect.stringMatching(/^edge-rtr-010: Expected '}'/),
    ]);
    expect(errors[0]?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(40);
    expect(validateSarif(parse(renderSarif(report, ctx)))).toEqual([]);
  });

  it("reports a successful execution when every device was read", () => {
    const invocation = run(parse(renderSarif(makeReport({ devices: 3 }), ctx))).invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(true);
  });

  it("sets the automation category from the profile and baselineState only with a baseline", () => {
    const report = withResults(makeReport({ devices: 1, profile: "pci" }), [
      makeResult({ ruleId: "rest-no-http", device: "r1", baselineState: "unchanged" }),
      makeResult({ ruleId: "rest-https-mutual-auth", device: "r1" }),
    ]);
    const plain = run(parse(renderSarif(report, ctx)));
    expect(plain.automationDetails?.id).toBe("junos-audit/pci/");
    expect(plain.results?.map((r) => r.baselineState)).toEqual([undefined, undefined]);
    const compared = run(parse(renderSarif({ ...report, baseline: { uri: "base.json", new: 1, unchanged: 1, fixed: [] } }, ctx)));
    expect(compared.results?.map((r) => [r.ruleId, r.baselineState])).toEqual([
      ["rest-https-mutual-auth", "new"],
      ["rest-no-http", "unchanged"],
    ]);
  });

  it("percent-encodes URIs, makes absolute paths under cwd relative, and never uses backslashes", () => {
    const report = withResults(makeReport({ devices: 1 }), [
      makeResult({ ruleId: "rest-no-http", device: "a", location: { uri: "site configs/a b.conf", startLine: 2 } }),
      makeResult({ ruleId: "rest-no-http", device: "b", location: { uri: "/srv/netconfigs/dc1/b.conf", startLine: 2 } }),
      makeResult({ ruleId: "rest-no-http", device: "c", location: { uri: "/elsewhere/c.conf", startLine: 2 } }),
    ]);
    const log = parse(renderSarif(report, ctx));
    const uris = (run(log).results ?? []).map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation);
    expect(uris).toEqual([
      { uri: "site%20configs/a%20b.conf", uriBaseId: "%SRCROOT%" },
      { uri: "dc1/b.conf", uriBaseId: "%SRCROOT%" },
      { uri: "file:///elsewhere/c.conf" },
    ]);
    expect(run(log).originalUriBaseIds?.["%SRCROOT%"]?.uri).toBe("file:///srv/netconfigs/");
    expect(validateSarif(log)).toEqual([]);
  });

  it("is deterministic whatever the input order", () => {
    const report = makeReport({ devices: 20 });
    const shuffled = { ...report, results: [...report.results].reverse(), devices: [...report.devices].reverse() };
    expect(renderSarif(shuffled, ctx)).toBe(renderSarif(report, ctx));
  });
});
