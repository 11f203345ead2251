import type { Result } from "../model/report.js";
import { redactLine } from "./redact.js";

const CONTEXT = 1;

/**
 * Adds the configuration lines a result is about (its line and one either side) from the file's text,
 * for people reading the HTML report. Only for results located in this file.
 */
export function attachSnippets(results: Result[], uri: string, text: string): void {
  let lines: string[] | undefined;
  for (const r of results) {
    if (r.location === undefined || r.location.uri !== uri || r.status === "pass" || r.status === "not-applicable") continue;
    lines ??= text.split(/\r?\n/);
    const at = r.location.startLine;
    const from = Math.max(1, at - CONTEXT);
    const to = Math.min(lines.length, at + CONTEXT);
    const snippet: { line: number; text: string }[] = [];
    for (let n = from; n <= to; n++) snippet.push({ line: n, text: redactLine(lines[n - 1] ?? "").slice(0, 400) });
    r.snippet = snippet;
  }
}
