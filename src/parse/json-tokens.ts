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

/**
 * Tokens on demand: `next()` moves `token` (one object, overwritten) to the following token; after
 * the last one it is `end`. A string that never closes ends the input and sets `error`.
 * Pulling tokens one at a time instead of building an array of them halves the garbage of a parse.
 */
export class JsonLexer {
  readonly token: Token = { kind: "end", text: "", line: 1 };
  error: { message: string; line: number } | undefined;
  private i = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  next(): Token {
    const text = this.text;
    const token = this.token;
    let i = this.i;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === NL) {
        this.line++;
        i++;
        continue;
      }
      if (code <= 32 || code === 0xfeff) {
        i++;
        continue;
      }
      token.line = this.line;
      const kind = punctuation(code);
      if (kind !== undefined) {
        token.kind = kind;
        token.text = "";
        this.i = i + 1;
        return token;
      }
      if (code === QUOTE) {
        const read = readString(text, i + 1);
        if (read === undefined) {
          this.error = { message: 'a string that is never closed; expected a closing quote (")', line: this.line };
          break;
        }
        token.kind = "string";
        token.text = read.value;
        this.line += read.newlines;
        this.i = read.end;
        return token;
      }
      let j = i + 1;
      while (j < text.length && !endsWord(text.charCodeAt(j))) j++;
      token.kind = "word";
      token.text = text.slice(i, j);
      this.i = j;
      return token;
    }
    this.i = text.length;
    token.kind = "end";
    token.text = "";
    token.line = this.line;
    return token;
  }
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
