/**
 * Test helpers for the normalizer: parse fixtures with the real parsers (src/parse), falling back to a
 * tiny set-only reader while the set parser is a stub; compare trees as sorted set lines.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRoot, ensureChild, find, type ConfigFormat, type ConfigNode, type SourceFile } from "../../src/model/config-tree.js";
import type { Diagnostic } from "../../src/model/diagnostics.js";
import { parseConfig } from "../../src/parse/index.js";
import { toSetLines } from "../../src/normalize/set-lines.js";

export interface Parsed {
  root: ConfigNode;
  diagnostics: Diagnostic[];
}

function tokenize(line: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : m[2]!);
  return words.filter((w) => w !== "[" && w !== "]");
}

/** Minimal `set`/`deactivate`/`delete` reader, used only while src/parse/set.ts is not implemented. */
function miniSet(text: string, uri: string): Parsed {
  const source: SourceFile = { uri, format: "set" };
  const root = createRoot(source);
  text.split(/\r?\n/).forEach((raw, i) => {
    const [verb, ...path] = tokenize(raw.trim());
    if (verb === undefined || verb.startsWith("#") || path.length === 0) return;
    if (verb === "set") {
      let node = root;
      for (const w of path) node = ensureChild(node, w, i + 1, source);
    } else if (verb === "deactivate" || verb === "activate") {
      const node = find(root, path);
      if (node !== undefined) node.inactive = verb === "deactivate" ? true : undefined;
    } else if (verb === "delete") {
      const node = find(root, path);
      if (node?.parent !== undefined) node.parent.children.splice(node.parent.children.indexOf(node), 1);
    }
  });
  return { root, diagnostics: [] };
}

export function parseText(text: string, uri: string, format?: ConfigFormat): Parsed {
  const result = parseConfig(text, uri, format);
  const stub = result.diagnostics.some((d) => d.code === "internal/not-implemented");
  if (stub && format === "set") return miniSet(text, uri);
  if (result.root === undefined) throw new Error(`${uri}: not parsed: ${result.diagnostics.map((d) => d.message).join("; ")}`);
  return { root: result.root, diagnostics: result.diagnostics };
}

/** Is the real parser for `format` implemented yet (the others are being written in parallel)? */
export function parserReady(format: ConfigFormat): boolean {
  const probe = { set: "set system host-name r1\n", curly: "system { host-name r1; }\n", xml: "<configuration><system><host-name>r1</host-name></system></configuration>", json: '{"configuration":{"system":{"host-name":"r1"}}}' }[format];
  return !parseConfig(probe, "probe", format).diagnostics.some((d) => d.code === "internal/not-implemented");
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
