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

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

const NL = 10;
const QUOTE = 34;
const BACKSLASH = 92;

/** Characters that end an unquoted word: whitespace, quote, and the JSON punctuation. */
function endsWord(code: number): boolean {
  return code <= 32 || code === QUOTE || code === 44 || code === 58 || code === 91 || code === 93 || code === 123 || code === 125 || code === 0xfeff;
}

function punctuation(code: number): TokenKind | undefined {
  switch (code) {
    case 123: return "{";
    case 125: return "}";
    case 91: return "[";
    case 93: return "]";
    case 58: return ":";
    case 44: return ",";
    default: return undefined;
  }
}

export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const kind = punctuation(code);
    if (code === NL) {
      line++;
      i++;
    } else if (code <= 32 || code === 0xfeff) {
      i++;
    } else if (kind !== undefined) {
      tokens.push({ kind, text: "", line });
      i++;
    } else if (code === QUOTE) {
      const read = readString(text, i + 1);
      if (read === undefined) return { tokens, error: { message: 'a string that is never closed; expected a closing quote (")', line } };
      tokens.push({ kind: "string", text: read.value, line });
      line += read.newlines;
      i = read.end;
    } else {
      let j = i + 1;
      while (j < text.length && !endsWord(text.charCodeAt(j))) j++;
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
  let runStart = start;
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) return { value: out + text.slice(runStart, i), end: i + 1, newlines };
    if (code === NL) newlines++;
    if (code !== BACKSLASH) {
      i++;
      continue;
    }
    out += text.slice(runStart, i);
    const e = text[i + 1] ?? "";
    if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      out += ESCAPES[e] ?? e;
      if (e === "\n") newlines++;
      i += 2;
    }
    runStart = i;
  }
  return undefined;
}
