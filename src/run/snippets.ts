import type { Result } from "../model/report.js";
import { redactLine } from "./redact.js";

const CONTEXT = 1;

/**
 * Adds the configuration lines a result is about (its line and one either side) from the file's text,
 * for people reading the HTML report. Only for results located in this file.
 */
export function attachSnippets(results: Result[], uri: string, text: string): void {
  let starts: number[] | undefined;
  for (const r of results) {
    if (r.location === undefined || r.location.uri !== uri || r.status === "pass" || r.status === "not-applicable") continue;
    starts ??= lineStarts(text);
    const at = r.location.startLine;
    const from = Math.max(1, at - CONTEXT);
    const to = Math.min(starts.length, at + CONTEXT);
    const snippet: { line: number; text: string }[] = [];
    for (let n = from; n <= to; n++) snippet.push({ line: n, text: redactLine(lineOf(text, starts, n)).slice(0, 400) });
    r.snippet = snippet;
  }
}

/** Offsets where each line starts (one indexOf pass: far cheaper than splitting a large file). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) starts.push(nl + 1);
  return starts;
}

/** Line `n` (1-based) without its line break. */
function lineOf(text: string, starts: readonly number[], n: number): string {
  const start = starts[n - 1] ?? text.length;
  let end = n < starts.length ? starts[n]! - 1 : text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}
