import type { DeviceReport, Result, Severity, Status, Summary } from "../model/report.js";
import { SEVERITIES, STATUSES } from "../model/report.js";

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Percentage with one decimal, or null when nothing was judged. */
export function complianceScore(pass: number, fail: number): number | null {
  const judged = pass + fail;
  return judged === 0 ? null : Math.round((pass / judged) * 1000) / 10;
}

/**
 * The report summary: devices by status, results by status, unwaived failures by severity and the
 * compliance score pass / (pass + fail). Waived results count as waived, not as failures.
 */
export function summarize(devices: readonly DeviceReport[], results: readonly Result[]): Summary {
  const byStatus: Record<Status, number> = zeroCounts(STATUSES);
  const failuresBySeverity: Record<Severity, number> = zeroCounts(SEVERITIES);
  for (const result of results) {
    byStatus[result.status] += 1;
    if (result.status === "fail") failuresBySeverity[result.severity] += 1;
  }
  const error = devices.filter((device) => device.status === "error").length;
  return {
    devices: { total: devices.length, ok: devices.length - error, error },
    byStatus,
    failuresBySeverity,
    score: complianceScore(byStatus.pass, byStatus.fail),
  };
}
