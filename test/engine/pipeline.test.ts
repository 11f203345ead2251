/**
 * The engine on parsed and normalized configurations: locations for present, missing and
 * inherited statements, as CONTRACT.md describes them.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { freezeTree } from "../../src/engine/freeze.js";
import type { Rule } from "../../src/engine/types.js";
import { normalize } from "../../src/normalize/index.js";
import { parseConfig } from "../../src/parse/index.js";
import restHttpsMutualAuth from "../../src/rules/rest-https-mutual-auth.js";
import restNoHttp from "../../src/rules/rest-no-http.js";
import { rules } from "../../src/rules/index.js";

function run(text: string, selected: readonly Rule[]) {
  const parsed = parseConfig(text, "configs/r1.set");
  const config = freezeTree(normalize(parsed.root!).root);
  return evaluate(selected, { device: "r1", config, evidence: undefined, settings: { now: new Date("2025-06-01T00:00:00Z"), expiryWarningDays: 60 } });
}

describe("evaluate on parsed configurations", () => {
  it("an inherited statement points at its line in the group and names the apply-groups statement", () => {
    const [result] = run(["set system host-name r1", "set groups LEGACY system services rest http", "set apply-groups LEGACY"].join("\n"), [restNoHttp]);
    expect(result).toMatchObject({
      status: "fail",
      path: "system services rest http",
      location: { uri: "configs/r1.set", startLine: 2 },
      inherited: { group: "LEGACY", applyGroups: { uri: "configs/r1.set", startLine: 3 } },
    });
  });

  it("a missing statement points at its nearest existing ancestor (the https line)", () => {
    const [result] = run(["set system host-name r1", "set system services rest https server-certificate c1"].join("\n"), [restHttpsMutualAuth]);
    expect(result).toMatchObject({ status: "fail", path: "system services rest https mutual-authentication certificate-authority", location: { startLine: 2 } });
    expect(result!.inherited).toBeUndefined();
  });

  it("runs the whole catalogue on one config without errors, one or more results per rule, fingerprints unique", () => {
    const text = [
      "set system host-name r1",
      "set system services rest https server-certificate rest-cert",
      "set system services rest https mutual-authentication certificate-authority CORP-CA",
      "set security pki ca-profile CORP-CA revocation-check crl url http://pki.example.net/corp.crl",
      "set system services netconf tls local-certificate nc",
      "set system services netconf tls client-identity nms map-type specified",
      "set system services netconf tls client-identity nms username automation",
      "set system services web-management https system-generated-certificate",
      "set system services extension-service request-response grpc ssl use-pki",
    ].join("\n");
    const results = run(text, rules);
    expect(results.filter((r) => r.status === "error").map((r) => `${r.ruleId}: ${r.message}`)).toEqual([]);
    expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(rules.map((r) => r.meta.id)));
    expect(new Set(results.map((r) => r.fingerprint)).size).toBe(results.length);
  });
});
