import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findConfigFile, loadProjectConfig, parseProjectConfig } from "../../src/config/index.js";
import { ConfigError } from "../../src/errors.js";

const known = { knownRuleIds: ["rest-no-http", "rest-https-mutual-auth", "cert-validity"] };

function failure(text: string, options = known): ConfigError {
  try {
    parseProjectConfig(text, "cfg/.junos-audit.yaml", options);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const full = `# fleet policy
profile: pci
failOn: high
rules:
  rest-no-http: critical
  cert-validity: off
certificates:
  expiryWarningDays: 30
waivers:
  - rule: rest-https-mutual-auth
    devices: "lab-*"
    path: system services rest
    reason: Lab routers have no client CA yet
    owner: netops@example.com
    expires: 2026-12-31
`;

describe("parseProjectConfig", () => {
  it("reads every setting, keeping where each waiver was written", () => {
    const config = parseProjectConfig(full, "cfg/.junos-audit.yaml", known);
    expect(config).toEqual({
      uri: "cfg/.junos-audit.yaml",
      profile: "pci",
      failOn: "high",
      rules: { "rest-no-http": "critical", "cert-validity": "off" },
      certificates: { expiryWarningDays: 30 },
      waivers: [
        {
          ruleId: "rest-https-mutual-auth",
          devices: "lab-*",
          path: "system services rest",
          reason: "Lab routers have no client CA yet",
          owner: "netops@example.com",
          expires: "2026-12-31",
          uri: "cfg/.junos-audit.yaml",
          line: 10,
        },
      ],
    });
  });

  it("defaults everything for an empty file", () => {
    expect(parseProjectConfig("", "x.yaml")).toEqual({ uri: "x.yaml", profile: "default", rules: {}, certificates: {}, waivers: [] });
  });

  it("names an unknown rule id and its line", () => {
    const error = failure("rules:\n  rest-no-http: high\n  rest-no-htp: off\n");
    expect(error.message).toBe('cfg/.junos-audit.yaml:3: rules.rest-no-htp: unknown rule id "rest-no-htp" (see `junos-audit rules`)');
    expect(error.line).toBe(3);
    expect(failure(full.replace("rule: rest-https-mutual-auth", "rule: rest-mutual")).message).toContain('waivers[0].rule: unknown rule id "rest-mutual"');
  });

  it("says which severity words are allowed", () => {
    const error = failure("rules:\n  rest-no-http: hgih\n");
    expect(error.message).toBe('cfg/.junos-audit.yaml:2: rules.rest-no-http must be one of off, info, low, medium, high, critical (found "hgih")');
  });

  it("points at an unknown key", () => {
    const error = failure("profile: x\nfail-on: high\n");
    expect(error.line).toBe(2);
    expect(error.message).toContain('unknown key "fail-on" in the top level; expected one of: profile, failOn, rules, certificates, waivers');
  });

  it("requires an expiry on every waiver, as a real date", () => {
    const missing = failure(full.replace("    expires: 2026-12-31\n", ""));
    expect(missing.message).toBe('cfg/.junos-audit.yaml:10: waivers[0] is missing "expires"');
    const badFormat = failure(full.replace("2026-12-31", "31/12/2026"));
    expect(badFormat.message).toBe('cfg/.junos-audit.yaml:15: waivers[0].expires must be a date written YYYY-MM-DD (found "31/12/2026")');
    const notADate = failure(full.replace("2026-12-31", "2026-02-30"));
    expect(notADate.message).toContain('waivers[0].expires: "2026-02-30" is not a calendar date');
    expect(notADate.line).toBe(15);
  });

  it("rejects wrong types and ranges with the key's line", () => {
    expect(failure("certificates:\n  expiryWarningDays: soon\n").message).toBe(
      'cfg/.junos-audit.yaml:2: certificates.expiryWarningDays must be integer (found "soon")',
    );
    expect(failure("certificates:\n  expiryWarningDays: 0\n").line).toBe(2);
    expect(failure("waivers: {}\n").message).toContain("waivers must be array");
  });

  it("turns YAML syntax errors and duplicate keys into ConfigErrors with a line", () => {
    expect(failure("rules:\n  a: [\n").line).toBeGreaterThan(0);
    const duplicate = failure("profile: a\nprofile: b\n");
    expect(duplicate.message).toMatch(/not valid YAML/);
    expect(duplicate.line).toBe(2);
  });
});

describe("loadProjectConfig and findConfigFile", () => {
  const root = mkdtempSync(join(tmpdir(), "junos-audit-config-"));
  const nested = join(root, "configs", "dc1");
  mkdirSync(nested, { recursive: true });
  writeFileSync(join(root, ".junos-audit.yaml"), "profile: nightly\n");

  it("finds the nearest file upwards and loads it", () => {
    const found = findConfigFile(nested);
    expect(found).toBe(join(root, ".junos-audit.yaml"));
    expect(loadProjectConfig(found ?? "").profile).toBe("nightly");
  });

  it("prefers a closer file and returns undefined when there is none", () => {
    writeFileSync(join(nested, ".junos-audit.yaml"), "profile: dc1\n");
    expect(findConfigFile(nested)).toBe(join(nested, ".junos-audit.yaml"));
    expect(findConfigFile(nested, ".no-such-file-anywhere.yaml")).toBeUndefined();
  });

  it("reports an unreadable file as a ConfigError", () => {
    expect(() => loadProjectConfig(join(root, "missing.yaml"))).toThrow(/missing\.yaml: cannot read the project configuration \(ENOENT\)/);
  });
});
