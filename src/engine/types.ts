/**
 * The rule module shape (ESLint-style): metadata as data, then a pure `check`.
 */
import type { ConfigNode } from "../model/config-tree.js";
import type { DeviceEvidence } from "../model/certificates.js";
import type { RuleStatus, Severity } from "../model/report.js";

export interface RuleMeta {
  /** Stable kebab-case id from spec/RULES.md; also the file name and docs/rules/<id>.md. */
  id: string;
  title: string;
  severity: Severity;
  /** e.g. ["CIS Juniper OS Benchmark v2.1.0 6.10.5.4", "NIST SP 800-53 IA-2(1)"] */
  controls: string[];
  rationale: string;
  /** The `set` / `delete` commands that fix a failure (placeholders in <angle brackets>). */
  remediation: string[];
  /** docs/rules/<id>.md; derived from the id by createRule, never written by hand. */
  helpUri: string;
}

export interface RuleSettings {
  /** The clock, injected: rules never read the time themselves. */
  now: Date;
  /** cert-validity: days before expiry that a certificate is reported (default 60). */
  expiryWarningDays: number;
}

export interface RuleInput {
  device: string;
  /** The effective configuration: groups applied, inactive statements removed. Do not mutate. */
  config: ConfigNode;
  /** Certificate evidence for this device, or undefined when the run has none (--certs not given). */
  evidence: DeviceEvidence | undefined;
  settings: RuleSettings;
}

export interface Finding {
  status: RuleStatus;
  message: string;
  /** The hierarchy the result is about, as words: ["system", "services", "rest", "https"]. */
  path: string[];
  /** The object judged (ca-profile name, client-identity name, certificate id), if any. */
  object?: string | undefined;
  /**
   * The statement the result is about. When the problem is a missing statement, leave it out:
   * the engine points at the nearest existing ancestor of `path`.
   */
  at?: ConfigNode | undefined;
  /** Overrides the rule's severity for this result (e.g. cert-validity's "expires soon" is low). */
  severity?: Severity | undefined;
}

export interface RuleContext extends RuleInput {
  report(finding: Finding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
