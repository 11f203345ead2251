#!/usr/bin/env node
// Launcher: the compiled CLI lives in dist/ (built by `npm ci` through the `prepare` script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write("junos-audit: the compiled CLI is missing (dist/). Run `npm ci` or `npm run build` first.\n");
  process.exit(2);
}
await import(cli.href);
