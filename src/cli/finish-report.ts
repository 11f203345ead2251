import { applyBaseline, readBaselineReport } from "../baseline/index.js";
import type { Report } from "../model/report.js";
import { summarize } from "../render/summary.js";
import { relativeUri } from "../run/relativize.js";
import { applyWaivers } from "../waivers/index.js";
import type { RunSettings } from "./settings.js";

/** After evaluation: waivers from the project config, then the baseline, then the summary. */
export function finishReport(report: Report, settings: RunSettings, baselinePath: string | undefined, cwd: string): void {
  const waivers = settings.project?.waivers ?? [];
  if (waivers.length > 0) {
    const waived = applyWaivers(report.results, waivers, settings.ruleSettings.now);
    report.results = waived.results;
    for (const d of waived.diagnostics) report.diagnostics.push({ ...d, uri: relativeUri(d.uri, cwd) });
  }
  if (baselinePath !== undefined) {
    const outcome = applyBaseline(report.results, readBaselineReport(baselinePath), relativeUri(baselinePath, cwd));
    report.results = outcome.results;
    report.baseline = outcome.baseline;
  }
  report.summary = summarize(report.devices, report.results);
}
