/**
 * Runs the built CLI (`bin/junos-audit.js` → dist/) as a user would: a child process with NO_COLOR,
 * a pinned clock, and the given working directory. `npm test` builds dist/ before vitest runs.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/junos-audit.js", import.meta.url));
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", JUNOS_AUDIT_NOW: "2026-11-22T00:00:00Z", ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
