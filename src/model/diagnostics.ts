/**
 * Diagnostics: what the tool has to say about its input (not about compliance).
 * Parsers and normalizers return them instead of throwing; the report lists them per device.
 */

export type DiagnosticLevel = "error" | "warning" | "info";

export interface Diagnostic {
  level: DiagnosticLevel;
  /** A sentence a network engineer understands: what was found and what was expected. */
  message: string;
  uri: string;
  /** 1-based line, when the problem has one. */
  line?: number | undefined;
  /** Stable machine-readable code, e.g. `parse/unbalanced-brace`, `input/not-a-config`. */
  code?: string | undefined;
}

export function diagnostic(
  level: DiagnosticLevel,
  code: string,
  message: string,
  uri: string,
  line?: number,
): Diagnostic {
  return line === undefined ? { level, code, message, uri } : { level, code, message, uri, line };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.level === "error");
}
