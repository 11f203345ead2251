import { EXIT, type ExitCode } from "../errors.js";
import type { Rule } from "../engine/types.js";
import type { Report } from "../model/report.js";
import { rules as catalogue } from "../rules/index.js";
import { exitCodeFor } from "../run/exit-code.js";
import { scan } from "../run/scan.js";
import { HELP, parseCommand, type ScanOptions } from "./options.js";
import { loadSettings, type RunSettings } from "./settings.js";
import { finishReport } from "./finish-report.js";
import { writeReports } from "./write-reports.js";
import { listRules } from "./rules-command.js";
import { collectCommand } from "./collect-command.js";
import { toolVersion } from "./version.js";

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Runs one command line; returns the exit code (never calls process.exit). */
export async function run(argv: string[], io: Io): Promise<ExitCode> {
  const command = parseCommand(argv);
  switch (command.name) {
    case "help":
      io.stdout.write(HELP);
      return EXIT.ok;
    case "version":
      io.stdout.write(`${toolVersion()}\n`);
      return EXIT.ok;
    case "rules":
      io.stdout.write(listRules(catalogue, command.format));
      return EXIT.ok;
    case "scan":
      return scanCommand(command.options, io);
    case "collect":
      return collectCommand(command.options, io, auditAndReport);
  }
}

async function scanCommand(options: ScanOptions, io: Io): Promise<ExitCode> {
  const settings = loadSettings(options, io, catalogue);
  return auditAndReport(options, settings, io, options.paths, options.certs, () => {});
}

/** Shared by scan and collect: audit paths, apply waivers and baseline, write every report, exit code. */
export async function auditAndReport(
  options: ScanOptions,
  settings: RunSettings,
  io: Io,
  paths: readonly string[],
  certsDir: string | undefined,
  amend: (report: Report) => void,
): Promise<ExitCode> {
  const rules: Rule[] = settings.rules;
  const report = await scan({
    paths,
    certsDir,
    rules,
    settings: settings.ruleSettings,
    profile: settings.profile,
    version: toolVersion(),
    cwd: io.cwd,
    stdin: io.stdin,
  });
  amend(report);
  finishReport(report, settings, options.baseline, io.cwd);
  await writeReports(report, options.targets, catalogue.map((r) => r.meta), io);
  return exitCodeFor(report, settings.failOn);
}
