import type { DeviceReport, Result, Severity } from "../model/report.js";
import { SEVERITIES } from "../model/report.js";

/** Code-point order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Results in report order: device, rule, path, object, then fingerprint as the tie-break. */
export function compareResults(a: Result, b: Result): number {
  return (
    compareText(a.device, b.device) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.path, b.path) ||
    compareText(a.object ?? "", b.object ?? "") ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

export function sortResults(results: readonly Result[]): Result[] {
  return [...results].sort(compareResults);
}

export function sortDevices(devices: readonly DeviceReport[]): DeviceReport[] {
  return [...devices].sort((a, b) => compareText(a.name, b.name) || compareText(a.source.uri, b.source.uri));
}

/** critical = 4 … info = 0, for sorting the worst first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Severities from the worst to the mildest, as reports list them. */
export const SEVERITIES_WORST_FIRST: readonly Severity[] = [...SEVERITIES].reverse();
