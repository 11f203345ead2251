import { EXIT, type ExitCode } from "../errors.js";
import { SEVERITIES, type Report, type Severity } from "../model/report.js";

/**
 * The one place that decides the exit code of an audit:
 * 2 when any input could not be read or parsed (reports are still written for the rest),
 * 1 when an unwaived failure at or above `failOn` is new (not in the baseline), else 0.
 */
export function exitCodeFor(report: Report, failOn: Severity): ExitCode {
  const unreadable =
    report.devices.some((d) => d.status === "error") || report.diagnostics.some((d) => d.level === "error");
  if (unreadable) return EXIT.error;
  const threshold = SEVERITIES.indexOf(failOn);
  const gating = report.results.some(
    (r) => r.status === "fail" && r.baselineState !== "unchanged" && SEVERITIES.indexOf(r.severity) >= threshold,
  );
  return gating ? EXIT.failures : EXIT.ok;
}
