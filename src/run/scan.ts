import { readFile } from "node:fs/promises";
import { text as readStream } from "node:stream/consumers";
import type { Rule, RuleSettings } from "../engine/types.js";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";
import { SCHEMA_VERSION, type DeviceReport, type Report, type Result } from "../model/report.js";
import { summarize } from "../render/summary.js";
import { auditFile, type AuditSettings } from "./audit-file.js";
import { discoverInputs } from "./discover.js";
import { relativizeReport } from "./relativize.js";

export interface ScanInput {
  paths: readonly string[];
  certsDir: string | undefined;
  rules: readonly Rule[];
  settings: RuleSettings;
  profile: string;
  version: string;
  cwd: string;
  stdin?: NodeJS.ReadableStream | undefined;
}

function uniqueNames(): (name: string, uri: string) => string {
  const taken = new Set<string>();
  return (name, uri) => {
    const unique = taken.has(name) ? `${name} (${uri})` : name;
    taken.add(unique);
    return unique;
  };
}

async function readInput(file: string, stdin: NodeJS.ReadableStream | undefined): Promise<Uint8Array | Diagnostic> {
  try {
    if (file === "-") return Buffer.from(await readStream(stdin ?? process.stdin), "utf8");
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    return diagnostic("error", "input/unreadable", `cannot read file (${code}): expected a readable configuration file`, file);
  }
}

/** Audits files and directories: the whole collect → … → evaluate flow, returning the report. */
export async function scan(input: ScanInput): Promise<Report> {
  const discovered = await discoverInputs(input.paths);
  const notes: Diagnostic[] = [...discovered.diagnostics];
  const devices: DeviceReport[] = [];
  const results: Result[] = [];
  const audit: AuditSettings = { rules: input.rules, settings: input.settings, certsDir: input.certsDir, claimName: uniqueNames() };
  for (const file of discovered.files) {
    const bytes = await readInput(file, input.stdin);
    if (!(bytes instanceof Uint8Array)) {
      notes.push(bytes);
      continue;
    }
    const outcome = await auditFile(file, bytes, audit);
    notes.push(...outcome.notes);
    if (outcome.device !== undefined) devices.push(outcome.device);
    for (const r of outcome.results) results.push(r);
  }
  if (discovered.files.length === 0 && discovered.diagnostics.length === 0) {
    notes.push(diagnostic("warning", "input/empty", "no files found under the given paths", input.paths.join(" ")));
  }
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "junos-audit", version: input.version },
    generatedAt: input.settings.now.toISOString(),
    profile: input.profile,
    devices,
    results,
    diagnostics: notes,
    summary: summarize(devices, results),
  };
  relativizeReport(report, input.cwd);
  return report;
}
