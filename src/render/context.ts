import type { RuleMeta } from "../engine/types.js";

export type ReportFormat = "json" | "sarif" | "html" | "text";
export const REPORT_FORMATS: readonly ReportFormat[] = ["json", "sarif", "html", "text"];

export interface RenderContext {
  /** The whole rule catalogue: SARIF lists every rule, HTML links titles and remediation. */
  rules: readonly RuleMeta[];
  /** ANSI colours in the text summary (the CLI decides: a TTY and no NO_COLOR). */
  color: boolean;
  /** The directory relative URIs are relative to (SARIF %SRCROOT%). */
  cwd?: string | undefined;
}

/** Rule metadata by id. */
export function rulesById(rules: readonly RuleMeta[]): Map<string, RuleMeta> {
  return new Map(rules.map((rule) => [rule.id, rule]));
}

/** Ends a sentence with a period when it has no final punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
