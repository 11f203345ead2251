/**
 * Curly text embedded in XML (`<configuration-text>`, `<configuration-output>`) is parsed on its
 * own; its lines then count from the line where the text starts, and it belongs to the XML file.
 * This pass moves a parsed tree (and its diagnostics) there. Iterative: no recursion on depth.
 */
import type { ConfigNode, SourceFile } from "../model/config-tree.js";
import type { Diagnostic } from "../model/diagnostics.js";

/** Adds `offset` to every node's line (the root keeps line 1) and makes `source` their source. */
export function shiftTree(root: ConfigNode, offset: number, source: SourceFile): void {
  root.source = source;
  const pending: ConfigNode[] = [...root.children];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    node.line += offset;
    node.source = source;
    const inh = node.inherited;
    if (inh !== undefined) node.inherited = { group: inh.group, applyLine: inh.applyLine + offset, applySource: source };
    for (const child of node.children) pending.push(child);
  }
}

/** The same diagnostics with lines moved by `offset` and reported against `uri`. */
export function shiftDiagnostics(diagnostics: readonly Diagnostic[], offset: number, uri: string): Diagnostic[] {
  return diagnostics.map((d) => (d.line === undefined ? { ...d, uri } : { ...d, uri, line: d.line + offset }));
}
