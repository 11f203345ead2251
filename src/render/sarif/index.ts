import type { Log, ReportingDescriptor } from "sarif";
import type { Report } from "../../model/report.js";
import type { RenderContext } from "../context.js";
import { compareText } from "../order.js";
import { sarifInvocation } from "./invocation.js";
import { originalUriBaseIds } from "./locations.js";
import { sarifResults } from "./results.js";
import { sarifRule, unknownRule } from "./rules.js";

export const INFORMATION_URI = "https://github.com/junos-audit/junos-audit";
const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** Every catalogue rule (sorted by id), plus a stub for any result whose rule the catalogue lacks. */
function driverRules(report: Report, ctx: RenderContext): ReportingDescriptor[] {
  const known = new Set(ctx.rules.map((rule) => rule.id));
  const missing = [...new Set(report.results.map((r) => r.ruleId).filter((id) => !known.has(id)))];
  return [...ctx.rules.map(sarifRule), ...missing.map(unknownRule)].sort((a, b) => compareText(a.id, b.id));
}

/** SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: one run, failures only. */
export function buildSarif(report: Report, ctx: RenderContext): Log {
  const rules = driverRules(report, ctx);
  const indexById = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = sarifResults(report, {
    ruleIndex: (id) => indexById.get(id) ?? -1,
    devices: new Map(report.devices.map((device) => [device.name, device])),
    withBaseline: report.baseline !== undefined,
    cwd: ctx.cwd,
  });
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        automationDetails: { id: `junos-audit/${report.profile}/` },
        originalUriBaseIds: originalUriBaseIds(ctx.cwd),
        invocations: [sarifInvocation(report, ctx.cwd)],
        results,
        columnKind: "unicodeCodePoints",
      },
    ],
  };
}

export function renderSarif(report: Report, ctx: RenderContext): string {
  return `${JSON.stringify(buildSarif(report, ctx), null, 2)}\n`;
}
