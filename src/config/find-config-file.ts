import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CONFIG_FILE_NAME } from "./types.js";

/** The nearest .junos-audit.yaml from `cwd` upwards, or undefined when there is none. */
export function findConfigFile(cwd: string, name = CONFIG_FILE_NAME): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, name);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
