/**
 * Curly (`show configuration`) text → the raw word tree: inactive statements kept and marked,
 * groups not applied. Never throws: problems are diagnostics with a line (see curly-parser.ts).
 */
import { CurlyParser } from "./curly-parser.js";
import { DiagnosticSink } from "./text-diagnostics.js";
import type { ParseResult } from "./types.js";

export function parseCurly(text: string, uri: string): ParseResult {
  const sink = new DiagnosticSink(uri);
  if (!/\S/.test(text)) {
    sink.error("parse/empty", "empty file: expected a Junos configuration");
    return { format: "curly", root: undefined, diagnostics: sink.finish() };
  }
  const parser = new CurlyParser(text, { uri, format: "curly" }, sink);
  parser.run();
  if (parser.statements === 0 && sink.errorCount === 0) sink.error("parse/empty", "no configuration statements found: expected a Junos configuration");
  return { format: "curly", root: parser.root, diagnostics: sink.finish() };
}
