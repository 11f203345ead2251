/**
 * The JSON report (CONTRACT.md "JSON report"). schemas/report.schema.json describes the same shape;
 * every report the tests produce is validated against it.
 */
import type { ConfigFormat } from "./config-tree.js";
import type { Diagnostic } from "./diagnostics.js";

export const SCHEMA_VERSION = "1.0";

export type Severity = "info" | "low" | "medium" | "high" | "critical";
export const SEVERITIES: readonly Severity[] = ["info", "low", "medium", "high", "critical"];

export type RuleStatus = "pass" | "fail" | "not-applicable" | "inconclusive";
export type Status = RuleStatus | "waived" | "error";
export const STATUSES: readonly Status[] = ["pass", "fail", "not-applicable", "inconclusive", "waived", "error"];

export interface Location {
  /** Relative to the current directory when under it, `/` separators. */
  uri: string;
  startLine: number;
}

export interface Inherited {
  group: string;
  /** The `apply-groups` statement that brought the group in. */
  applyGroups: Location;
}

export interface Waiver {
  ruleId: string;
  devices: string;
  path?: string | undefined;
  object?: string | undefined;
  reason: string;
  owner: string;
  expires: string;
}

export interface Result {
  ruleId: string;
  device: string;
  status: Status;
  severity: Severity;
  message: string;
  /** The Junos hierarchy the result is about, e.g. "system services rest https". */
  path: string;
  /** The object judged (a ca-profile, a client-identity, a certificate id), when there is one. */
  object?: string | undefined;
  location?: Location | undefined;
  inherited?: Inherited | undefined;
  /** Configuration lines the finding is about, for people (HTML). */
  snippet?: { line: number; text: string }[] | undefined;
  /** Stable across runs: hash of rule + device + path + object (never the line). */
  fingerprint: string;
  /** Present when status is `waived`. */
  waiver?: Pick<Waiver, "reason" | "owner" | "expires"> | undefined;
  /** With --baseline: whether a failure was already in the baseline. */
  baselineState?: "new" | "unchanged" | undefined;
  /** Set when the device was collected with TLS verification turned off. */
  insecure?: boolean | undefined;
}

export interface DeviceReport {
  name: string;
  source: { uri: string; format: ConfigFormat | "unknown" };
  status: "ok" | "error";
  diagnostics: Diagnostic[];
  /** Set when the device was collected with --insecure-skip-verify. */
  insecure?: boolean | undefined;
}

export interface Summary {
  devices: { total: number; ok: number; error: number };
  byStatus: Record<Status, number>;
  /** Failing (unwaived) results by severity. */
  failuresBySeverity: Record<Severity, number>;
  /** pass / (pass + fail), in percent with one decimal; null when nothing was judged. */
  score: number | null;
}

export interface Report {
  schemaVersion: string;
  tool: { name: "junos-audit"; version: string };
  generatedAt: string;
  profile: string;
  devices: DeviceReport[];
  results: Result[];
  /** Notes about inputs that are not devices (skipped files) and about the run (waivers). */
  diagnostics: Diagnostic[];
  summary: Summary;
  baseline?: { uri: string; new: number; unchanged: number; fixed: { ruleId: string; device: string; path: string; object?: string | undefined; fingerprint: string }[] } | undefined;
}
