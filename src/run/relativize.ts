import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../model/diagnostics.js";
import type { Report } from "../model/report.js";

/** CONTRACT: URIs are relative to the current directory when the file is under it, with `/`. */
export function relativeUri(uri: string, cwd: string): string {
  if (uri === "-" || uri.length === 0) return uri;
  const abs = isAbsolute(uri) ? uri : resolve(cwd, uri);
  const rel = relative(cwd, abs);
  const inside = rel.length > 0 && !rel.startsWith("..") && !isAbsolute(rel);
  return (inside ? rel : abs).split(sep).join("/");
}

function fixDiagnostics(list: Diagnostic[], cwd: string): void {
  for (const d of list) d.uri = relativeUri(d.uri, cwd);
}

/** Rewrites every URI of the report in place. */
export function relativizeReport(report: Report, cwd: string): void {
  fixDiagnostics(report.diagnostics, cwd);
  for (const device of report.devices) {
    device.source.uri = relativeUri(device.source.uri, cwd);
    fixDiagnostics(device.diagnostics, cwd);
  }
  for (const r of report.results) {
    if (r.location !== undefined) r.location.uri = relativeUri(r.location.uri, cwd);
    if (r.inherited !== undefined) r.inherited.applyGroups.uri = relativeUri(r.inherited.applyGroups.uri, cwd);
  }
}
