/**
 * JSON configurations: `show configuration | display json` (optionally inside the `<rpc-reply>`
 * wrapper PyEZ and NETCONF print around it). Tolerant tokenizer → syntax tree with lines →
 * word tree. Never throws: malformed JSON and operational replies become diagnostics.
 */
import { createRoot, MAX_DEPTH, type SourceFile } from "../model/config-tree.js";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";
import { JsonConfigMapper } from "./json-map.js";
import { parseJsonTokens, type JsonValue } from "./json-syntax.js";
import { JsonLexer } from "./json-tokens.js";
import type { ParseResult } from "./types.js";

type JsonObject = Extract<JsonValue, { kind: "object" }>;

/** An opening tag directly followed by JSON (`<rpc-reply xmlns:junos="…">` then `{`). */
const WRAPPER_OPEN = /^(\uFEFF?\s*)(<([A-Za-z_][\w.:-]*)\b[^>]*>)(?=\s*[{[])/;

/** Blanks out an `<rpc-reply …>` … `</rpc-reply>` wrapper, keeping every newline (so lines stay right). */
export function stripReplyWrapper(text: string): string {
  const open = WRAPPER_OPEN.exec(text);
  if (open === null) return text;
  const blank = (s: string): string => s.replace(/[^\n]/g, " ");
  const [, lead = "", tag = "", name = ""] = open;
  const body = lead + blank(tag) + text.slice(open[0].length);
  const close = new RegExp(`</${name.replace(/[.]/g, "\\.")}\\s*>\\s*$`).exec(body);
  return close === null ? body : body.slice(0, close.index) + blank(close[0]);
}

export function parseJson(text: string, uri: string): ParseResult {
  const source: SourceFile = { uri, format: "json" };
  const diagnostics: Diagnostic[] = [];
  const lexer = new JsonLexer(stripReplyWrapper(text));
  // Arrays and objects alternate in Junos JSON, so the word depth is about half the nesting.
  const syntax = parseJsonTokens(lexer, 2 * MAX_DEPTH + 4);
  const error = lexer.error ?? syntax.error;
  if (error !== undefined) diagnostics.push(diagnostic("error", "parse/json-malformed", `malformed JSON: ${error.message}`, uri, error.line));
  const configuration = findConfiguration(syntax.value);
  if (configuration === undefined) {
    if (error !== undefined) return { format: "json", root: undefined, diagnostics };
    diagnostics.push(diagnostic("info", "input/not-a-config", `JSON without a "configuration" member (${topLevel(syntax.value)}); not a configuration`, uri));
    return { format: "json", root: undefined, skipped: true, diagnostics };
  }
  const root = createRoot(source);
  new JsonConfigMapper(source, diagnostics).map(configuration, root);
  return { format: "json", root, diagnostics };
}

/** `{"configuration": {…}}`, or the same inside `{"rpc-reply": {…}}`. */
function findConfiguration(value: JsonValue | undefined): JsonObject | undefined {
  const top = configurationMember(value);
  if (top !== undefined || value?.kind !== "object") return top;
  const reply = value.members.find((m) => m.key === "rpc-reply");
  return configurationMember(reply?.value);
}

function configurationMember(value: JsonValue | undefined): JsonObject | undefined {
  if (value?.kind !== "object") return undefined;
  const member = value.members.find((m) => m.key === "configuration" && m.value.kind === "object");
  return member?.value.kind === "object" ? member.value : undefined;
}

function topLevel(value: JsonValue | undefined): string {
  if (value === undefined) return "empty input";
  if (value.kind !== "object") return `top-level ${value.kind === "array" ? "array" : "value"}`;
  const first = value.members[0];
  return first === undefined ? "empty top-level object" : `top-level "${first.key}"`;
}
