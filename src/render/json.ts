import type { Report } from "../model/report.js";
import { sortDevices, sortResults } from "./order.js";

/** The JSON report: the Report itself, devices and results in report order. */
export function renderJson(report: Report): string {
  const ordered: Report = { ...report, devices: sortDevices(report.devices), results: sortResults(report.results) };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
