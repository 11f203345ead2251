import type { DeviceReport, Report, Result } from "../../model/report.js";
import type { RenderContext } from "../context.js";
import { compareResults, severityRank, sortDevices, SEVERITIES_WORST_FIRST } from "../order.js";
import { painter, type Paint, printable, SEVERITY_STYLE } from "./style.js";

function where(result: Result, device: DeviceReport | undefined): string {
  const uri = result.location?.uri ?? device?.source.uri ?? "";
  return result.location === undefined ? uri : `${uri}:${result.location.startLine}`;
}

function failureLines(result: Result, device: DeviceReport | undefined, fix: string | undefined, paint: Paint): string[] {
  const severity = paint(SEVERITY_STYLE[result.severity], result.severity.toUpperCase().padEnd(8));
  const inherited = result.inherited === undefined ? "" : paint("dim", ` (from group ${printable(result.inherited.group)})`);
  const lines = [`  ${severity}  ${paint("bold", result.ruleId)}  ${printable(where(result, device))}${inherited}`, `            ${printable(result.message)}`];
  if (fix !== undefined) lines.push(`            ${paint("dim", "fix:")} ${fix}`);
  return lines;
}

function deviceSection(device: DeviceReport, failures: Result[], fixes: Map<string, string>, paint: Paint): string[] {
  const header = `${paint("bold", printable(device.name))}  ${paint("dim", printable(device.source.uri))}`;
  if (device.status === "error") {
    const problems = device.diagnostics.filter((d) => d.level === "error");
    return [
      `${header}  ${paint("red", "could not be read")}`,
      ...problems.map((d) => `  ${printable(d.line === undefined ? d.uri : `${d.uri}:${d.line}`)}  ${printable(d.message)}`),
    ];
  }
  const ordered = [...failures].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareResults(a, b));
  return [header, ...ordered.flatMap((result) => failureLines(result, device, fixes.get(result.ruleId), paint))];
}

function totals(report: Report, paint: Paint): string[] {
  const { summary } = report;
  const status = summary.byStatus;
  const failures = SEVERITIES_WORST_FIRST.map((s) => `${summary.failuresBySeverity[s]} ${paint(SEVERITY_STYLE[s], s)}`).join(" · ");
  const lines = [
    paint("bold", "Summary"),
    `  Devices   ${summary.devices.total} (${summary.devices.ok} read, ${summary.devices.error} could not be read)`,
    `  Results   ${status.pass} pass · ${status.fail} fail · ${status.waived} waived · ${status["not-applicable"]} not applicable · ${status.inconclusive} inconclusive · ${status.error} error`,
    `  Failures  ${failures}`,
    `  Score     ${summary.score === null ? "n/a (nothing judged)" : `${summary.score.toFixed(1)}% compliant`}`,
  ];
  if (report.baseline !== undefined) {
    lines.push(`  Baseline  ${report.baseline.new} new · ${report.baseline.unchanged} unchanged · ${report.baseline.fixed.length} fixed`);
  }
  return lines;
}

/** The terminal summary: per device, its failures (worst first) with file:line and a fix; then totals. */
export function renderText(report: Report, ctx: RenderContext): string {
  const paint = painter(ctx.color);
  const fixes = new Map<string, string>();
  for (const rule of ctx.rules) {
    const [first, ...rest] = rule.remediation;
    if (first !== undefined) fixes.set(rule.id, rest.length === 0 ? first : `${first} (+${rest.length} more)`);
  }
  const failuresByDevice = new Map<string, Result[]>();
  for (const result of report.results.filter((r) => r.status === "fail")) {
    failuresByDevice.set(result.device, [...(failuresByDevice.get(result.device) ?? []), result]);
  }
  const known = new Set(report.devices.map((d) => d.name));
  const unlisted: DeviceReport[] = [...failuresByDevice.keys()]
    .filter((name) => !known.has(name))
    .map((name) => ({ name, source: { uri: "", format: "unknown" }, status: "ok", diagnostics: [] }));
  const sections = sortDevices([...report.devices, ...unlisted])
    .filter((device) => device.status === "error" || failuresByDevice.has(device.name))
    .map((device) => deviceSection(device, failuresByDevice.get(device.name) ?? [], fixes, paint).join("\n"));
  const title = `${paint("bold", "junos-audit")} ${report.tool.version} · profile ${printable(report.profile)} · ${report.generatedAt}`;
  const body = sections.length === 0 ? [paint("green", "No failing results.")] : sections;
  return `${[title, "", ...body.flatMap((s) => [s, ""]), ...totals(report, paint)].join("\n")}\n`;
}
