/**
 * Typed errors. Commands throw these; only src/cli/main.ts turns them into messages and exit codes.
 * Messages are for network engineers: say what was wrong, where (file, line, key) and what was expected.
 */

export const EXIT = { ok: 0, failures: 1, error: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class JunosAuditError extends Error {
  override name = "JunosAuditError";
}

/** Bad command line (unknown option, missing value). Exit 2, with a hint to --help. */
export class UsageError extends JunosAuditError {
  override name = "UsageError";
}

/** Invalid project config, inventory or baseline file. Exit 2. */
export class ConfigError extends JunosAuditError {
  override name = "ConfigError";
  constructor(
    message: string,
    readonly uri?: string,
    readonly line?: number,
  ) {
    super(uri === undefined ? message : `${uri}${line === undefined ? "" : `:${line}`}: ${message}`);
  }
}
