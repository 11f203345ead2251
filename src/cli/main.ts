#!/usr/bin/env node
/** The only module that touches process.exitCode / process.argv: everything else returns values. */
import "../util/gc-tuning.js";
import { JunosAuditError, ConfigError, EXIT, UsageError } from "../errors.js";
import { toolVersion } from "./version.js";
import { run } from "./run.js";

async function main(): Promise<void> {
  try {
    process.exitCode = await run(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      cwd: process.cwd(),
      env: process.env,
    });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`junos-audit: ${error.message}\nRun 'junos-audit --help' for usage.\n`);
    } else if (error instanceof ConfigError || error instanceof JunosAuditError) {
      process.stderr.write(`junos-audit: ${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(
        `junos-audit: internal error (this is a bug, please report it with the command you ran): ${message}\n` +
          `junos-audit ${toolVersion()}, Node ${process.version}\n`,
      );
    }
    process.exitCode = EXIT.error;
  }
}

await main();
