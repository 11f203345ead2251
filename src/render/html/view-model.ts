import type { Report, Result, Severity } from "../../model/report.js";
import type { RenderContext } from "../context.js";
import { rulesById } from "../context.js";
import { compareResults, compareText, severityRank, sortDevices, sortResults, SEVERITIES_WORST_FIRST } from "../order.js";
import { deviceChart, deviceGrid, ruleChart, type BarChart, type DeviceGrid } from "./charts.js";
import { findingView, type FindingView } from "./findings.js";

export interface HtmlView {
  title: string;
  generatedAt: string;
  profile: string;
  version: string;
  score: { text: string; tone: string; dash: string };
  stats: { label: string; value: number; tone: string }[];
  severities: { severity: Severity; count: number }[];
  ruleChart: BarChart;
  deviceChart: BarChart;
  deviceGrid: DeviceGrid;
  findings: FindingView[];
  waived: FindingView[];
  baseline: { uri: string; new: number; unchanged: number; fixed: { device: string; ruleId: string; path: string }[] } | null;
  errorDevices: { name: string; uri: string; diagnostics: { level: string; where: string; message: string }[] }[];
  runDiagnostics: { level: string; where: string; message: string }[];
  filters: { devices: string[]; rules: { id: string; title: string }[] };
}

const CIRCUMFERENCE = 2 * Math.PI * 52;

function scoreView(score: number | null): HtmlView["score"] {
  if (score === null) return { text: "n/a", tone: "none", dash: `0 ${CIRCUMFERENCE.toFixed(1)}` };
  const tone = score >= 95 ? "good" : score >= 80 ? "fair" : score >= 60 ? "poor" : "bad";
  const arc = (score / 100) * CIRCUMFERENCE;
  return { text: `${score.toFixed(1)}%`, tone, dash: `${arc.toFixed(1)} ${(CIRCUMFERENCE - arc).toFixed(1)}` };
}

function worstFirst(a: Result, b: Result): number {
  return severityRank(b.severity) - severityRank(a.severity) || compareResults(a, b);
}

const where = (uri: string, line?: number) => (line === undefined ? uri : `${uri}:${line}`);

/** Everything the template shows, computed here so the template stays logic-less. */
export function htmlView(report: Report, ctx: RenderContext): HtmlView {
  const rules = rulesById(ctx.rules);
  const devices = sortDevices(report.devices);
  const deviceByName = new Map(devices.map((d) => [d.name, d]));
  const results = sortResults(report.results);
  const view = (list: Result[], offset: number) =>
    list.map((r, i) => findingView(r, rules.get(r.ruleId), deviceByName.get(r.device), offset + i));
  const failing = results.filter((r) => r.status === "fail").sort(worstFirst);
  const waived = results.filter((r) => r.status === "waived").sort(worstFirst);
  const { summary } = report;
  const ruleIds = [...new Set(results.map((r) => r.ruleId))].sort(compareText);
  return {
    title: `Junos compliance report — ${report.profile}`,
    generatedAt: report.generatedAt,
    profile: report.profile,
    version: report.tool.version,
    score: scoreView(summary.score),
    stats: [
      { label: "devices audited", value: summary.devices.total, tone: "none" },
      { label: "could not be read", value: summary.devices.error, tone: summary.devices.error > 0 ? "bad" : "none" },
      { label: "failing results", value: summary.byStatus.fail, tone: summary.byStatus.fail > 0 ? "bad" : "good" },
      { label: "passing results", value: summary.byStatus.pass, tone: "good" },
      { label: "waived", value: summary.byStatus.waived, tone: "none" },
      { label: "inconclusive", value: summary.byStatus.inconclusive, tone: "none" },
    ],
    severities: SEVERITIES_WORST_FIRST.map((severity) => ({ severity, count: summary.failuresBySeverity[severity] })),
    ruleChart: ruleChart(results, new Map(ctx.rules.map((r) => [r.id, r.title]))),
    deviceChart: deviceChart(results),
    deviceGrid: deviceGrid(devices, results),
    findings: view(failing, 0),
    waived: view(waived, failing.length),
    baseline:
      report.baseline === undefined
        ? null
        : { uri: report.baseline.uri, new: report.baseline.new, unchanged: report.baseline.unchanged, fixed: report.baseline.fixed.map(({ device, ruleId, path }) => ({ device, ruleId, path })) },
    errorDevices: devices
      .filter((d) => d.status === "error")
      .map((d) => ({ name: d.name, uri: d.source.uri, diagnostics: d.diagnostics.map((x) => ({ level: x.level, where: where(x.uri, x.line), message: x.message })) })),
    runDiagnostics: report.diagnostics.map((x) => ({ level: x.level, where: where(x.uri, x.line), message: x.message })),
    filters: { devices: devices.map((d) => d.name), rules: ruleIds.map((id) => ({ id, title: rules.get(id)?.title ?? id })) },
  };
}
