import { describe, expect, it } from "vitest";
import { renderText } from "../../src/render/text/index.js";
import { makeReport, makeResult, makeRules, withResults } from "../helpers/report-factory.js";

const rules = makeRules();

describe("text renderer", () => {
  const report = withResults(makeReport({ devices: 3, errorEvery: 3 }), [
    makeResult({ ruleId: "rest-connection-limit", device: "edge-rtr-001", severity: "low", location: { uri: "configs/edge-rtr-001.conf", startLine: 30 } }),
    makeResult({ ruleId: "grpc-no-clear-text", device: "edge-rtr-001", severity: "critical", location: { uri: "configs/edge-rtr-001.conf", startLine: 88 } }),
    makeResult({ ruleId: "rest-no-http", device: "core-rtr-002", status: "pass" }),
  ]);

  it("lists failing rules per device, worst first, with file:line and a one-line fix", () => {
    const text = renderText(report, { rules, color: false });
    const critical = text.indexOf("CRITICAL  grpc-no-clear-text  configs/edge-rtr-001.conf:88");
    const low = text.indexOf("LOW       rest-connection-limit  configs/edge-rtr-001.conf:30");
    expect(critical).toBeGreaterThan(0);
    expect(low).toBeGreaterThan(critical);
    expect(text).toContain("fix: delete system services extension-service request-response grpc clear-text (+1 more)");
    expect(text).toContain("fix: set system services rest control connection-limit 10");
    expect(text).not.toContain("core-rtr-002  configs"); // no failures: not listed
  });

  it("names devices that could not be read and prints totals", () => {
    const text = renderText(report, { rules, color: false });
    expect(text).toContain("mgmt-rtr-003  configs/mgmt-rtr-003.conf  could not be read");
    expect(text).toContain("configs/mgmt-rtr-003.conf:40  Expected '}'");
    expect(text).toContain("Devices   3 (2 read, 1 could not be read)");
    expect(text).toContain("Failures  1 critical · 0 high · 0 medium · 1 low · 0 info");
    expect(text).toContain("Score     33.3% compliant");
  });

  it("uses colour only when asked, and never passes escape sequences from configurations through", () => {
    expect(renderText(report, { rules, color: false })).not.toContain("\u001b[");
    expect(renderText(report, { rules, color: true })).toContain("\u001b[35mCRITICAL");
    const sneaky = withResults(report, [makeResult({ ruleId: "rest-no-http", device: "r1", message: "bad \u001b[2J\u001b[31mred" })]);
    const text = renderText(sneaky, { rules, color: false });
    expect(text).not.toContain("\u001b");
    expect(text).toContain("bad ?[2J?[31mred");
  });

  it("says so when nothing fails", () => {
    expect(renderText(withResults(makeReport({ devices: 2 }), []), { rules, color: false })).toContain("No failing results.");
  });
});
