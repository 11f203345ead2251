import { readFileSync } from "node:fs";
import { ConfigError } from "../errors.js";
import type { Report, Result } from "../model/report.js";
import { compareResults } from "../render/order.js";
import { checkReport } from "./validate-report.js";

export type BaselineSummary = NonNullable<Report["baseline"]>;

export interface BaselineOutcome {
  results: Result[];
  baseline: BaselineSummary;
}

/** Validates an earlier report used as a baseline; a bad one is a ConfigError naming the first problem. */
export function baselineReport(value: unknown, uri: string): Report {
  const check = checkReport(value);
  if (check.ok) return check.report;
  throw new ConfigError(`not a junos-audit JSON report (${check.errors.slice(0, 3).join("; ")})`, uri);
}

/**
 * The offset of a JSON syntax error. V8 says either "at position N" or quotes the text around the
 * unexpected token ("Unexpected token '}', ...\"  \"tool\": }\"... is not valid JSON"); an early end is
 * at the end of the text.
 */
function jsonErrorOffset(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  if (/end of JSON input/.test(message)) return text.length;
  const quoted = /Unexpected token '([^']*)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (quoted?.[1] === undefined || quoted[2] === undefined) return undefined;
  const at = text.indexOf(quoted[2]);
  return at < 0 ? undefined : at + Math.max(0, quoted[2].lastIndexOf(quoted[1]));
}

function jsonErrorLine(text: string, error: unknown): number | undefined {
  const offset = jsonErrorOffset(text, error instanceof Error ? error.message : String(error));
  return offset === undefined ? undefined : text.slice(0, offset).split("\n").length;
}

/** Reads a baseline report file (--baseline REPORT.json). */
export function readBaselineReport(path: string): Report {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read the baseline report (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`, path);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`the baseline report is not valid JSON (${(error as Error).message})`, path, jsonErrorLine(text, error));
  }
  return baselineReport(value, path);
}

/**
 * Compares failures with an earlier report's: a failure whose fingerprint failed there too is
 * `unchanged`, any other failure is `new`; baseline failures that no longer fail (or are now waived)
 * are listed as fixed. Only `new` failures should decide the exit code.
 */
export function applyBaseline(results: readonly Result[], baseline: unknown, uri: string): BaselineOutcome {
  const earlier = baselineReport(baseline, uri);
  const earlierFailures = earlier.results.filter((r) => r.status === "fail");
  const known = new Set(earlierFailures.map((r) => r.fingerprint));
  const out = results.map((result): Result => {
    if (result.status !== "fail") return result;
    return { ...result, baselineState: known.has(result.fingerprint) ? "unchanged" : "new" };
  });
  const stillFailing = new Set(results.filter((r) => r.status === "fail" || r.status === "waived").map((r) => r.fingerprint));
  const fixed = earlierFailures
    .filter((r) => !stillFailing.has(r.fingerprint))
    .sort(compareResults)
    .map(({ ruleId, device, path, object, fingerprint }) => ({ ruleId, device, path, ...(object === undefined ? {} : { object }), fingerprint }));
  const failing = out.filter((r) => r.status === "fail");
  return {
    results: out,
    baseline: {
      uri,
      new: failing.filter((r) => r.baselineState === "new").length,
      unchanged: failing.filter((r) => r.baselineState === "unchanged").length,
      fixed,
    },
  };
}
