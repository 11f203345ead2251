import { type Diagnostic, type DiagnosticLevel, diagnostic } from "../model/diagnostics.js";

/** At most this many diagnostics of each level are kept per file; the rest are counted. */
export const DIAGNOSTICS_PER_LEVEL = 20;

/**
 * Collects a parser's diagnostics for one file. Broken input can produce one problem per line;
 * the report shows the first few of each level and one summary line for the rest.
 */
export class DiagnosticSink {
  private readonly kept: Diagnostic[] = [];
  private readonly counts: Record<DiagnosticLevel, number> = { error: 0, warning: 0, info: 0 };

  constructor(
    readonly uri: string,
    private readonly limit = DIAGNOSTICS_PER_LEVEL,
  ) {}

  add(level: DiagnosticLevel, code: string, message: string, line?: number): void {
    this.counts[level]++;
    if (this.counts[level] <= this.limit) this.kept.push(diagnostic(level, code, message, this.uri, line));
  }

  error(code: string, message: string, line?: number): void {
    this.add("error", code, message, line);
  }

  warning(code: string, message: string, line?: number): void {
    this.add("warning", code, message, line);
  }

  get errorCount(): number {
    return this.counts.error;
  }

  /** The kept diagnostics plus one line per level saying how many more were not listed. */
  finish(): Diagnostic[] {
    const out = this.kept.slice();
    for (const level of ["error", "warning", "info"] as const) {
      const hidden = this.counts[level] - this.limit;
      if (hidden > 0) out.push(diagnostic(level, "parse/more", `${hidden} more ${level}s of the same kind in this file were not listed`, this.uri));
    }
    return out;
  }
}
