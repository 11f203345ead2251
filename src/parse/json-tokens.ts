/**
 * A tolerant tokenizer for Junos `display json` output. Every token knows its 1-based line.
 * Tolerated beyond JSON: unquoted values some releases print (`"size" : 3m`) become words,
 * and so do unquoted keys. Strings may span lines.
 */

export type TokenKind = "{" | "}" | "[" | "]" | ":" | "," | "string" | "word" | "end";

export interface Token {
  kind: TokenKind;
  /** String content (escapes decoded) or the word's text; "" for punctuation. */
  text: string;
  line: number;
}

export interface TokenizeResult {
  tokens: Token[];
  error?: { message: string; line: number } | undefined;
}

const PUNCTUATION = new Set(["{", "}", "[", "]", ":", ","]);
const WORD_END = /[\s{}[\]:,"]/;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r" || c === "\uFEFF") {
      i++;
    } else if (PUNCTUATION.has(c)) {
      tokens.push({ kind: c as TokenKind, text: "", line });
      i++;
    } else if (c === '"') {
      const read = readString(text, i + 1);
      if (read === undefined) return { tokens, error: { message: "a string that is never closed; expected a closing quote (\")", line } };
      tokens.push({ kind: "string", text: read.value, line });
      line += read.newlines;
      i = read.end;
    } else {
      let j = i + 1;
      while (j < text.length && !WORD_END.test(text[j]!)) j++;
      tokens.push({ kind: "word", text: text.slice(i, j), line });
      i = j;
    }
  }
  tokens.push({ kind: "end", text: "", line });
  return { tokens };
}

/** Reads a string body starting after its opening quote; undefined when it never closes. */
function readString(text: string, start: number): { value: string; end: number; newlines: number } | undefined {
  let out = "";
  let newlines = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return { value: out, end: i + 1, newlines };
    if (c === "\n") newlines++;
    if (c !== "\\") {
      out += c;
      i++;
      continue;
    }
    const e = text[i + 1] ?? "";
    if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      out += ESCAPES[e] ?? e;
      if (e === "\n") newlines++;
      i += 2;
    }
  }
  return undefined;
}
