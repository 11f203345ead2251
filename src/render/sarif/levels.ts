import type { Severity } from "../../model/report.js";

export type SarifLevel = "error" | "warning" | "note";

/** critical/high → error, medium → warning, low/info → note. */
export function levelOf(severity: Severity): SarifLevel {
  if (severity === "critical" || severity === "high") return "error";
  return severity === "medium" ? "warning" : "note";
}

/**
 * GitHub's `security-severity` score (a string in (0, 10]): > 9 critical, 7–8.9 high, 4–6.9 medium,
 * 0.1–3.9 low. Info has no score: GitHub would show it as "low" otherwise.
 */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string | undefined>> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: undefined,
};
