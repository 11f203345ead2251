import { parseArgs } from "node:util";
import { UsageError } from "../errors.js";
import { SEVERITIES, type Severity } from "../model/report.js";

export const FORMATS = ["text", "json", "sarif", "html"] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportTarget {
  format: Format;
  /** undefined = stdout */
  file: string | undefined;
}

export interface ScanOptions {
  paths: string[];
  certs: string | undefined;
  targets: ReportTarget[];
  failOn: Severity | undefined;
  config: string | undefined;
  baseline: string | undefined;
  profile: string | undefined;
}

export interface CollectOptions extends ScanOptions {
  inventory: string;
  snapshotDir: string;
  concurrency: number;
  insecureSkipVerify: boolean;
}

export type Command =
  | { name: "scan"; options: ScanOptions }
  | { name: "collect"; options: CollectOptions }
  | { name: "rules"; format: "text" | "json" }
  | { name: "help"; topic: string | undefined }
  | { name: "version" };

export const HELP = `junos-audit — compliance auditor for Juniper Junos configurations

Usage:
  junos-audit scan [PATH...] [options]        audit files and directories (recursively; - for stdin)
  junos-audit collect --inventory FILE --snapshot-dir DIR [options]
                                              pull configs and certificates from live devices, then audit them
  junos-audit rules [--format text|json]      list the rule catalogue

Report options (scan and collect):
  --format FMT          text (default), json, sarif or html; written to stdout unless --output
  --output FILE         write the --format report to FILE (atomically)
  --report FMT=FILE     also write FMT to FILE; repeatable (e.g. --report sarif=out.sarif --report html=out.html)
  --certs DIR           certificate evidence: DIR/<device>/<certificate-id>.pem, DIR/<device>/ca/<ca-profile>.pem, …
  --fail-on SEVERITY    info|low|medium|high|critical (default low): failures at or above it exit 1
  --config FILE         project config (default: .junos-audit.yaml found from the current directory upwards)
  --baseline FILE       an earlier JSON report: failures already in it do not fail the run
  --profile NAME        profile name for SARIF automationDetails (default: from config, else "default")

Collect options:
  --inventory FILE      YAML inventory of devices (see docs/collect.md)
  --snapshot-dir DIR    where configurations and certificate evidence are written
  --concurrency N       devices collected at once (default 16)
  --insecure-skip-verify
                        do NOT verify device TLS certificates (every result of such a device is marked)

Exit codes: 0 no failing result at or above --fail-on; 1 there are; 2 usage/config error or unreadable input.
`;

function parseFormat(value: string, flag: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`${flag} must be one of ${FORMATS.join(", ")} (got "${value}")`);
}

function parseSeverity(value: string): Severity {
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(", ")} (got "${value}")`);
}

function parseReportTarget(value: string): ReportTarget {
  const eq = value.indexOf("=");
  if (eq <= 0 || eq === value.length - 1) throw new UsageError(`--report expects FMT=FILE, e.g. --report sarif=results.sarif (got "${value}")`);
  return { format: parseFormat(value.slice(0, eq), "--report FMT"), file: value.slice(eq + 1) };
}

const SCAN_FLAGS = {
  format: { type: "string" },
  output: { type: "string", short: "o" },
  report: { type: "string", multiple: true },
  certs: { type: "string" },
  "fail-on": { type: "string" },
  config: { type: "string" },
  baseline: { type: "string" },
  profile: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const COLLECT_FLAGS = {
  ...SCAN_FLAGS,
  inventory: { type: "string" },
  "snapshot-dir": { type: "string" },
  concurrency: { type: "string" },
  "insecure-skip-verify": { type: "boolean" },
} as const;

function parse<T extends typeof SCAN_FLAGS | typeof COLLECT_FLAGS>(args: string[], flags: T) {
  try {
    return parseArgs({ args, options: flags, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}

function scanOptions(values: Record<string, unknown>, positionals: string[]): ScanOptions {
  const format = parseFormat((values.format as string | undefined) ?? "text", "--format");
  const targets: ReportTarget[] = [{ format, file: values.output as string | undefined }];
  for (const r of (values.report as string[] | undefined) ?? []) targets.push(parseReportTarget(r));
  // --report without --format/--output: the text summary still goes to stdout.
  return {
    paths: positionals,
    certs: values.certs as string | undefined,
    targets,
    failOn: values["fail-on"] === undefined ? undefined : parseSeverity(values["fail-on"] as string),
    config: values.config as string | undefined,
    baseline: values.baseline as string | undefined,
    profile: values.profile as string | undefined,
  };
}

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") return { name: "help", topic: rest[0] };
  if (name === "--version" || name === "-v" || name === "version") return { name: "version" };
  if (name === "rules") {
    const { values } = parseArgs({ args: rest, options: { format: { type: "string" }, help: { type: "boolean" } }, strict: false });
    const format = (values.format as string | undefined) ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`rules --format must be text or json (got "${format}")`);
    return { name: "rules", format };
  }
  if (name === "scan") {
    const { values, positionals } = parse(rest, SCAN_FLAGS);
    if (values.help === true) return { name: "help", topic: "scan" };
    const options = scanOptions(values, positionals);
    if (options.paths.length === 0) throw new UsageError("scan needs at least one PATH (a file, a directory, or - for stdin)");
    return { name: "scan", options };
  }
  if (name === "collect") {
    const { values, positionals } = parse(rest, COLLECT_FLAGS);
    if (values.help === true) return { name: "help", topic: "collect" };
    if (positionals.length > 0) throw new UsageError(`collect takes no PATH arguments (got "${positionals[0]}")`);
    const inventory = values.inventory as string | undefined;
    const snapshotDir = values["snapshot-dir"] as string | undefined;
    if (inventory === undefined) throw new UsageError("collect needs --inventory FILE");
    if (snapshotDir === undefined) throw new UsageError("collect needs --snapshot-dir DIR");
    const concurrency = Number((values.concurrency as string | undefined) ?? "16");
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1024) throw new UsageError("--concurrency must be a whole number from 1 to 1024");
    return {
      name: "collect",
      options: {
        ...scanOptions(values, [snapshotDir]),
        inventory,
        snapshotDir,
        concurrency,
        insecureSkipVerify: values["insecure-skip-verify"] === true,
      },
    };
  }
  throw new UsageError(`unknown command "${name}" (expected scan, collect or rules)`);
}
