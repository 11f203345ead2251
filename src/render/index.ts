/**
 * Renderers: pure `(report, ctx) => string`, looked up by format name. The CLI writes the output.
 */
import type { Report } from "../model/report.js";
import type { RenderContext, ReportFormat } from "./context.js";
import { renderHtml } from "./html/index.js";
import { renderJson } from "./json.js";
import { renderSarif } from "./sarif/index.js";
import { renderText } from "./text/index.js";

export type { RenderContext, ReportFormat } from "./context.js";
export { REPORT_FORMATS } from "./context.js";
export { summarize, complianceScore } from "./summary.js";
export { compareResults, sortResults, sortDevices } from "./order.js";

const RENDERERS: Readonly<Record<ReportFormat, (report: Report, ctx: RenderContext) => string>> = {
  json: renderJson,
  sarif: renderSarif,
  html: renderHtml,
  text: renderText,
};

export function render(format: ReportFormat, report: Report, ctx: RenderContext): string {
  return RENDERERS[format](report, ctx);
}
