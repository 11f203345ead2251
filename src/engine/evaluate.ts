/**
 * The rule engine: runs every rule over one device's effective configuration and turns findings
 * into report results. Pure: no I/O, no clock (rules get `settings.now`).
 *
 * A rule that throws, reports nothing, or reports a status only the engine may set (or an empty
 * message) yields one `error` result for that rule and device (its other findings are dropped):
 * a broken rule never stops the run, and never passes silently.
 */
import { formatPath } from "../model/config-tree.js";
import type { Result, RuleStatus } from "../model/report.js";
import { fingerprint } from "./fingerprint.js";
import { locateFinding } from "./locate.js";
import type { Finding, Rule, RuleInput } from "./types.js";

export function evaluate(rules: readonly Rule[], input: RuleInput): Result[] {
  const results: Result[] = [];
  for (const rule of rules) results.push(...runRule(rule, input));
  return results.sort(compareResults);
}

function runRule(rule: Rule, input: RuleInput): Result[] {
  const findings: Finding[] = [];
  try {
    rule.check({ ...input, report: (finding) => void findings.push(finding) });
  } catch (error) {
    return [errorResult(rule, input.device, `rule crashed: ${errorMessage(error)}`)];
  }
  if (findings.length === 0) return [errorResult(rule, input.device, "rule reported no result")];
  const invalid = findings.find((f) => !RULE_STATUSES.has(f.status) || f.message.trim() === "");
  if (invalid !== undefined) return [errorResult(rule, input.device, `rule reported an invalid result (status "${String(invalid.status)}", message "${invalid.message}")`)];
  return findings.map((f) => toResult(rule, input, f));
}

/** What a rule may report; `waived` and `error` belong to the engine. */
const RULE_STATUSES: ReadonlySet<RuleStatus> = new Set<RuleStatus>(["pass", "fail", "not-applicable", "inconclusive"]);

function toResult(rule: Rule, input: RuleInput, finding: Finding): Result {
  const path = formatPath(finding.path);
  const { location, inherited } = locateFinding(input.config, finding);
  const result: Result = {
    ruleId: rule.meta.id,
    device: input.device,
    status: finding.status,
    severity: finding.severity ?? rule.meta.severity,
    message: finding.message,
    path,
    fingerprint: fingerprint({ ruleId: rule.meta.id, device: input.device, path, object: finding.object }),
  };
  if (finding.object !== undefined) result.object = finding.object;
  if (location !== undefined) result.location = location;
  if (inherited !== undefined) result.inherited = inherited;
  return result;
}

function errorResult(rule: Rule, device: string, message: string): Result {
  return {
    ruleId: rule.meta.id,
    device,
    status: "error",
    severity: rule.meta.severity,
    message,
    path: "",
    fingerprint: fingerprint({ ruleId: rule.meta.id, device, path: "" }),
  };
}

/** The first line of the error's message: never a stack trace. */
function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split("\n")[0]?.trim() ?? "";
  return firstLine.length > 0 ? firstLine : "unknown error";
}

/** Deterministic order: device, rule id, path, object (plain code-unit order, locale-free). */
export function compareResults(a: Result, b: Result): number {
  return (
    compareText(a.device, b.device) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.path, b.path) ||
    compareText(a.object ?? "", b.object ?? "")
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
