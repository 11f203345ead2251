import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { fingerprint } from "../../src/engine/fingerprint.js";
import { freezeTree } from "../../src/engine/freeze.js";
import { createRule } from "../../src/engine/create-rule.js";
import type { Finding, Rule, RuleInput } from "../../src/engine/types.js";
import { find, words, type ConfigNode } from "../../src/model/config-tree.js";
import { SOURCE, treeFromSetLines } from "./build-tree.js";

const META = { title: "t", severity: "medium" as const, controls: [], rationale: "r", remediation: [] };

function ruleReporting(id: string, findings: (config: ConfigNode) => Finding[]): Rule {
  return createRule({ meta: { id, ...META }, check: (ctx) => findings(ctx.config).forEach((f) => ctx.report(f)) });
}

function input(config: ConfigNode, device = "r1"): RuleInput {
  return { device, config, evidence: undefined, settings: { now: new Date("2025-01-01T00:00:00Z"), expiryWarningDays: 60 } };
}

const CONFIG = treeFromSetLines([
  "set system host-name r1",
  "set system services rest http",
  "set system services rest https port 3443",
]);

describe("evaluate", () => {
  it("turns a finding with `at` into a result located at that node", () => {
    const http = find(CONFIG, words("system services rest http"))!;
    const rule = ruleReporting("a-rule", () => [{ status: "fail", message: "http is on", path: words("system services rest http"), at: http }]);
    const [result] = evaluate([rule], input(CONFIG));
    expect(result).toMatchObject({
      ruleId: "a-rule", device: "r1", status: "fail", severity: "medium", message: "http is on",
      path: "system services rest http", location: { uri: "configs/r1.set", startLine: 2 },
    });
    expect(result!.inherited).toBeUndefined();
    expect(result!.object).toBeUndefined();
  });

  it("locates a missing statement at its nearest existing ancestor", () => {
    const rule = ruleReporting("a-rule", () => [{ status: "fail", message: "m", path: words("system services rest https mutual-authentication certificate-authority") }]);
    expect(evaluate([rule], input(CONFIG))[0]!.location).toEqual({ uri: "configs/r1.set", startLine: 3 });
  });

  it("leaves location out when nothing along the path exists, and for not-applicable without a node", () => {
    const rule = ruleReporting("a-rule", () => [
      { status: "fail", message: "m", path: words("security pki ca-profile x") },
      { status: "not-applicable", message: "absent", path: words("system services rest") },
    ]);
    const results = evaluate([rule], input(CONFIG));
    expect(results.map((r) => [r.status, r.location])).toEqual([
      ["fail", undefined],
      ["not-applicable", undefined],
    ]);
  });

  it("names the group and the apply-groups statement for an inherited node", () => {
    const config = treeFromSetLines(["set system services rest http", "set apply-groups G"]);
    const groupFile = { uri: "configs/r1.set", format: "set" as const };
    const http = find(config, words("system services rest http"))!;
    http.line = 7;
    http.inherited = { group: "G", applyLine: 2, applySource: groupFile };
    const rule = ruleReporting("a-rule", () => [{ status: "fail", message: "m", path: words("system services rest http"), at: http }]);
    const [result] = evaluate([rule], input(config));
    expect(result!.location).toEqual({ uri: "configs/r1.set", startLine: 7 });
    expect(result!.inherited).toEqual({ group: "G", applyGroups: { uri: "configs/r1.set", startLine: 2 } });
  });

  it("uses the finding's severity over the rule's, and keeps the object", () => {
    const rule = ruleReporting("a-rule", () => [{ status: "fail", message: "m", path: ["x"], object: "CA1", severity: "low" }]);
    expect(evaluate([rule], input(CONFIG))[0]).toMatchObject({ severity: "low", object: "CA1" });
  });

  it("reports a crashing rule as one error result without a stack, and keeps going", () => {
    const crashing = createRule({
      meta: { id: "b-crash", ...META },
      check(ctx) {
        ctx.report({ status: "pass", message: "partial", path: ["x"] });
        throw new Error("boom\n    at somewhere (file.ts:1:1)");
      },
    });
    const healthy = ruleReporting("c-ok", () => [{ status: "pass", message: "fine", path: ["system"] }]);
    const results = evaluate([crashing, healthy], input(CONFIG));
    expect(results.map((r) => [r.ruleId, r.status, r.message])).toEqual([
      ["b-crash", "error", "rule crashed: boom"],
      ["c-ok", "pass", "fine"],
    ]);
  });

  it("reports a crash on a non-Error throw", () => {
    const rule = createRule({ meta: { id: "a", ...META }, check: () => { throw "nope"; } });
    expect(evaluate([rule], input(CONFIG))[0]!.message).toBe("rule crashed: nope");
  });

  it("reports a rule that reported nothing as an error", () => {
    const silent = createRule({ meta: { id: "silent", ...META }, check: () => undefined });
    expect(evaluate([silent], input(CONFIG))).toMatchObject([{ ruleId: "silent", status: "error", message: "rule reported no result", device: "r1" }]);
  });

  it("reports a rule that reports an engine-only status or an empty message as an error", () => {
    const waiving = ruleReporting("w", () => [{ status: "waived" as "pass", message: "m", path: [] }]);
    const mute = ruleReporting("m", () => [{ status: "pass", message: " ", path: [] }, { status: "pass", message: "ok", path: ["x"] }]);
    const results = evaluate([waiving, mute], input(CONFIG));
    expect(results.map((r) => [r.ruleId, r.status])).toEqual([["m", "error"], ["w", "error"]]);
    expect(results[1]!.message).toMatch(/invalid result \(status "waived"/);
  });

  it("turns a rule that mutates a frozen config into an error", () => {
    const config = freezeTree(treeFromSetLines(["set system host-name r1"]));
    const mutating = createRule({
      meta: { id: "mutant", ...META },
      check(ctx) {
        ctx.config.children.push({ name: "x", children: [], line: 1, source: SOURCE });
        ctx.report({ status: "pass", message: "m", path: [] });
      },
    });
    const [result] = evaluate([mutating], input(config));
    expect(result!.status).toBe("error");
    expect(result!.message).toMatch(/^rule crashed: /);
  });

  it("sorts results by rule id, then path, then object, whatever the report order", () => {
    const z = ruleReporting("z-rule", () => [{ status: "pass", message: "m", path: ["a"] }]);
    const a = ruleReporting("a-rule", () => [
      { status: "pass", message: "m", path: ["b"], object: "2" },
      { status: "pass", message: "m", path: ["b"], object: "10" },
      { status: "pass", message: "m", path: ["a"] },
    ]);
    const order = evaluate([z, a], input(CONFIG)).map((r) => `${r.ruleId}:${r.path}:${r.object ?? ""}`);
    expect(order).toEqual(["a-rule:a:", "a-rule:b:10", "a-rule:b:2", "z-rule:a:"]);
  });

  it("fingerprints by rule, device, path and object, never by line", () => {
    const at = (line: number): Rule => ruleReporting("a-rule", (config) => {
      const node = find(config, ["system"])!;
      return [{ status: "fail", message: "m", path: ["system"], object: "o", at: { ...node, line } }];
    });
    const first = evaluate([at(1)], input(CONFIG))[0]!;
    const moved = evaluate([at(40)], input(CONFIG))[0]!;
    expect(first.fingerprint).toBe(moved.fingerprint);
    expect(first.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(first.fingerprint).toBe(fingerprint({ ruleId: "a-rule", device: "r1", path: "system", object: "o" }));
    expect(evaluate([at(1)], input(CONFIG, "r2"))[0]!.fingerprint).not.toBe(first.fingerprint);
  });

  it("passes the injected clock and evidence to rules unchanged", () => {
    let seen: Date | undefined;
    const rule = createRule({ meta: { id: "clock", ...META }, check(ctx) { seen = ctx.settings.now; ctx.report({ status: "pass", message: "m", path: [] }); } });
    evaluate([rule], input(CONFIG));
    expect(seen?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });
});
