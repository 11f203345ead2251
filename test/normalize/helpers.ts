/** Test helpers for the normalizer: parse fixtures with the parsers (src/parse); compare trees as sorted set lines. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ConfigFormat, ConfigNode } from "../../src/model/config-tree.js";
import type { Diagnostic } from "../../src/model/diagnostics.js";
import { parseConfig } from "../../src/parse/index.js";
import { toSetLines } from "../../src/normalize/set-lines.js";

export interface Parsed {
  root: ConfigNode;
  diagnostics: Diagnostic[];
}

export function parseText(text: string, uri: string, format?: ConfigFormat): Parsed {
  const result = parseConfig(text, uri, format);
  if (result.root === undefined) throw new Error(`${uri}: not parsed: ${result.diagnostics.map((d) => d.message).join("; ")}`);
  return { root: result.root, diagnostics: result.diagnostics };
}

export function formatOf(file: string): ConfigFormat {
  if (file.endsWith(".set")) return "set";
  if (file.endsWith(".xml")) return "xml";
  if (file.endsWith(".json")) return "json";
  return "curly";
}

export function parseFile(path: string): Parsed {
  return parseText(readFileSync(path, "utf8"), path, formatOf(path));
}

/** Set lines, sorted, so that trees compare regardless of statement order. */
export function sortedSetLines(root: ConfigNode): string[] {
  return toSetLines(root).sort();
}

/** The `<case>-before.*` / `<case>-after.set` pairs in a fixture directory. */
export function goldenPairs(dir: string): { name: string; before: string; after: string }[] {
  const files = readdirSync(dir);
  return files
    .filter((f) => /-before\.(set|conf|xml|json)$/.test(f))
    .map((f) => {
      const name = f.replace(/-before\.\w+$/, "");
      return { name, before: join(dir, f), after: join(dir, `${name}-after.set`) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `# diagnostic: <level> <code> line <n>` comments of an after file: the diagnostics the pass must give. */
export function expectedDiagnostics(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^# diagnostic: (\S+) (\S+) line (\d+)\s*$/gm)) out.push(`${m[1]} ${m[2]} line ${m[3]}`);
  return out.sort();
}

export function diagnosticKeys(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.level} ${d.code ?? "?"} line ${d.line ?? "?"}`).sort();
}
