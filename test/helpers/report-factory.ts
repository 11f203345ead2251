/**
 * Realistic reports for renderer, waiver and baseline tests: a fleet of devices, a rule catalogue
 * shaped like spec/RULES.md, results of every status, inherited statements, snippets, waived
 * findings and devices that could not be read. Deterministic: the same options give the same report.
 */
import { createHash } from "node:crypto";
import type { RuleMeta } from "../../src/engine/types.js";
import type { DeviceReport, Report, Result, Severity, Status } from "../../src/model/report.js";
import { SCHEMA_VERSION } from "../../src/model/report.js";
import { summarize } from "../../src/render/summary.js";

const DOCS = "https://github.com/junos-audit/junos-audit/blob/main/docs/rules/";

interface RuleSeed {
  id: string;
  severity: Severity;
  path: string;
  title: string;
  control: string;
  remediation: string[];
}

const RULE_SEEDS: RuleSeed[] = [
  { id: "rest-no-http", severity: "high", path: "system services rest http", title: "REST API does not listen on clear-text HTTP", control: "CIS Juniper OS Benchmark v2.1.0 6.10.5.1", remediation: ["delete system services rest http"] },
  { id: "rest-https-mutual-auth", severity: "high", path: "system services rest https", title: "REST over HTTPS requires client certificates", control: "CIS Juniper OS Benchmark v2.1.0 6.10.5.4", remediation: ["set system services rest https mutual-authentication certificate-authority <ca-profile>"] },
  { id: "rest-https-cipher-list", severity: "medium", path: "system services rest https cipher-list", title: "REST over HTTPS restricts its cipher suites", control: "CIS Juniper OS Benchmark v2.1.0 6.10.5.5", remediation: ["delete system services rest https cipher-list", "set system services rest https cipher-list ecdhe-rsa-with-aes-256-gcm-sha384"] },
  { id: "rest-connection-limit", severity: "low", path: "system services rest control", title: "REST limits concurrent connections", control: "CIS Juniper OS Benchmark v2.1.0 6.10.5.9", remediation: ["set system services rest control connection-limit 10"] },
  { id: "pki-ca-revocation-check", severity: "high", path: "security pki ca-profile", title: "CA profiles used for client authentication check revocation", control: "DISA STIG JUNI-ND-001430", remediation: ["set security pki ca-profile <ca-profile> revocation-check ocsp url <url>"] },
  { id: "grpc-no-clear-text", severity: "critical", path: "system services extension-service request-response grpc", title: "gRPC does not accept clear-text or unauthenticated sessions", control: "Juniper hardening", remediation: ["delete system services extension-service request-response grpc clear-text", "delete system services extension-service request-response grpc skip-authentication"] },
  { id: "netconf-tls-fingerprint-format", severity: "high", path: "system services netconf tls client-identity", title: "NETCONF client fingerprints are well-formed", control: "RFC 7407 x509c2n:tls-fingerprint", remediation: ["set system services netconf tls client-identity <name> fingerprint <hash-id:octets>"] },
  { id: "cert-validity", severity: "high", path: "security pki local-certificate", title: "Service certificates are within their validity period", control: "Junos PKI trap default: 60 days", remediation: ["request security pki local-certificate enroll certificate-id <id> ..."] },
  { id: "web-management-no-http", severity: "high", path: "system services web-management http", title: "J-Web does not listen on clear-text HTTP", control: "CIS Juniper OS Benchmark v2.1.0 6.10.2.1", remediation: ["delete system services web-management http"] },
];

export function makeRules(): RuleMeta[] {
  return RULE_SEEDS.map((seed) => ({
    id: seed.id,
    title: seed.title,
    severity: seed.severity,
    controls: [seed.control],
    rationale: `${seed.title}: otherwise the management plane accepts sessions an attacker can read or forge.`,
    remediation: seed.remediation,
    helpUri: `${DOCS}${seed.id}.md`,
  }));
}

export function fingerprintOf(ruleId: string, device: string, path: string, object?: string): string {
  return createHash("sha256").update([ruleId, device, path, object ?? ""].join("\u0000")).digest("hex").slice(0, 32);
}

/** A small deterministic generator (mulberry32) so reports vary but never between runs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FactoryOptions {
  devices?: number;
  seed?: number;
  /** Every n-th device could not be parsed (0 = none). */
  errorEvery?: number;
  /** Every n-th failure is waived (0 = none). */
  waiveEvery?: number;
  profile?: string;
}

function pickStatus(roll: number): Status {
  if (roll < 0.45) return "pass";
  if (roll < 0.75) return "fail";
  if (roll < 0.9) return "not-applicable";
  return "inconclusive";
}

export function makeResult(partial: Partial<Result> & Pick<Result, "ruleId" | "device">): Result {
  const path = partial.path ?? "system services rest https";
  return {
    status: "fail",
    severity: "high",
    message: `${partial.ruleId} failed on ${partial.device}`,
    path,
    location: { uri: `configs/${partial.device}.conf`, startLine: 12 },
    fingerprint: fingerprintOf(partial.ruleId, partial.device, path, partial.object),
    ...partial,
  };
}

function deviceResults(device: string, uri: string, next: () => number, waiveEvery: number, counter: { fails: number }): Result[] {
  return RULE_SEEDS.map((seed, index) => {
    const status = pickStatus(next());
    const line = 20 + index * 7;
    const inheritedFrom = index % 4 === 1 ? "mgmt-base" : undefined;
    const result: Result = {
      ruleId: seed.id,
      device,
      status,
      severity: seed.severity,
      message: status === "fail" ? `Not met: ${seed.title.toLowerCase()} (${seed.path}).` : `${seed.path} is compliant.`,
      path: seed.path,
      location: { uri, startLine: line },
      fingerprint: fingerprintOf(seed.id, device, seed.path),
    };
    if (inheritedFrom !== undefined) result.inherited = { group: inheritedFrom, applyGroups: { uri, startLine: 3 } };
    if (status === "fail") {
      result.snippet = [
        { line: line - 1, text: seed.path.split(" ").slice(-2, -1).join(" ") + " {" },
        { line, text: `    ${seed.path.split(" ").at(-1) ?? ""};` },
      ];
      counter.fails += 1;
      if (waiveEvery > 0 && counter.fails % waiveEvery === 0) {
        result.status = "waived";
        result.waiver = { reason: "Lab device, decommissioned in Q3", owner: "netops@example.com", expires: "2031-06-30" };
      }
    }
    return result;
  });
}

/** A full report with `devices` devices (default 300), every rule judged on every readable device. */
export function makeReport(options: FactoryOptions = {}): Report {
  const count = options.devices ?? 300;
  const next = random(options.seed ?? 7);
  const counter = { fails: 0 };
  const devices: DeviceReport[] = [];
  const results: Result[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `${["edge", "core", "mgmt"][i % 3]}-rtr-${String(i + 1).padStart(3, "0")}`;
    const uri = `configs/${name}.conf`;
    const broken = (options.errorEvery ?? 0) > 0 && (i + 1) % (options.errorEvery ?? 1) === 0;
    devices.push({
      name,
      source: { uri, format: broken ? "unknown" : (["curly", "set", "xml", "json"] as const)[i % 4] ?? "curly" },
      status: broken ? "error" : "ok",
      diagnostics: broken ? [{ level: "error", code: "parse/unbalanced-brace", message: "Expected '}' before the end of the file (a block opened at line 40 is never closed).", uri, line: 40 }] : [],
    });
    if (!broken) results.push(...deviceResults(name, uri, next, options.waiveEvery ?? 0, counter));
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "junos-audit", version: "0.1.0" },
    generatedAt: "2026-03-01T02:00:00.000Z",
    profile: options.profile ?? "default",
    devices,
    results,
    diagnostics: [{ level: "info", code: "input/not-a-config", message: "Skipped: not a Junos configuration (no statements found).", uri: "configs/README.md" }],
    summary: summarize(devices, results),
  };
}

/** The same report with results replaced and the summary recomputed. */
export function withResults(report: Report, results: Result[]): Report {
  return { ...report, results, summary: summarize(report.devices, results) };
}
