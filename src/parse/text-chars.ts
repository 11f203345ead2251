/**
 * Character classes and small scanners shared by the curly and set tokenizers.
 * Everything works on char codes of one string; no regexes per character.
 */

import { Buffer } from "node:buffer";

export const CH_TAB = 9;
export const CH_NL = 10;
export const CH_CR = 13;
export const CH_SPACE = 32;
export const CH_BANG = 33;
export const CH_QUOTE = 34;
export const CH_HASH = 35;
export const CH_STAR = 42;
export const CH_SLASH = 47;
export const CH_SEMI = 59;
export const CH_LT = 60;
export const CH_GT = 62;
export const CH_LBRACKET = 91;
export const CH_BACKSLASH = 92;
export const CH_RBRACKET = 93;
export const CH_LBRACE = 123;
export const CH_RBRACE = 125;

/** A char that ends an unquoted curly word: whitespace, `;`, `{`, `}`, `[`, `]`, `"`. */
export const WORD_END = new Uint8Array(128);
for (const c of [CH_TAB, CH_NL, 11, 12, CH_CR, CH_SPACE, CH_SEMI, CH_LBRACE, CH_RBRACE, CH_LBRACKET, CH_RBRACKET, CH_QUOTE]) WORD_END[c] = 1;

/** Angle-bracket words (`<*>`, `<secret removed>`) are looked for this far at most. */
const MAX_ANGLE_WORD = 256;

export function isBlank(code: number): boolean {
  return code === CH_SPACE || code === CH_TAB || code === CH_CR || code === 11 || code === 12;
}

/**
 * For a `<` at `start`: the index just after the matching `>` when it closes on the same line
 * without a statement delimiter in between, else -1. Bounded, so `<<<<…` cannot go quadratic.
 */
export function angleWordEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_ANGLE_WORD);
  for (let i = start + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === CH_GT) return i + 1;
    if (c === CH_NL || c === CH_SEMI || c === CH_LBRACE || c === CH_RBRACE || c === CH_QUOTE) return -1;
  }
  return -1;
}

/**
 * For a `"` at `start`: the index of the closing quote, or `~stop` (negative) when the string is
 * not closed on its line (`stop` is the end of the line). Quotes never span lines.
 */
export function quoteEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === CH_QUOTE) return i;
    if (c === CH_NL) return ~i;
    i += c === CH_BACKSLASH && text.charCodeAt(i + 1) !== CH_NL ? 2 : 1;
  }
  return ~n;
}

/**
 * The value of a quoted string between `from` and `to` (quotes excluded): `\"` and `\\` are
 * unescaped, any other backslash is kept as written (`\n` in a login message stays `\n`).
 */
export function quotedValue(text: string, from: number, to: number): string {
  let end = to;
  if (end > from && text.charCodeAt(end - 1) === CH_CR) end--;
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === CH_BACKSLASH) return unescapeQuoted(text, from, end);
  return text.slice(from, end);
}

function unescapeQuoted(text: string, from: number, to: number): string {
  let out = "";
  let runStart = from;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== CH_BACKSLASH || i + 1 >= to) continue;
    const next = text.charCodeAt(i + 1);
    if (next === CH_QUOTE || next === CH_BACKSLASH) {
      out += text.slice(runStart, i);
      runStart = i + 1;
    }
    i++;
  }
  return out + text.slice(runStart, to);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Texts up to this many chars share one scratch buffer (8 MB) instead of allocating their own. */
const SCRATCH_CHARS = 4 * 1024 * 1024;
let scratch: Buffer | undefined;

/**
 * The UTF-16 code units of `text` as one typed array: the hot scanner loops read it instead of
 * `charCodeAt`, which is several times slower per char on concatenated (cons/sliced) strings.
 * Same values as `charCodeAt` for every index. The array may be a shared scratch buffer: it is
 * valid until the next call (scanners are synchronous and use it for one pass).
 */
export function charCodes(text: string): Uint16Array {
  const n = text.length;
  if (LITTLE_ENDIAN) {
    if (n <= SCRATCH_CHARS) {
      scratch ??= Buffer.allocUnsafeSlow(2 * SCRATCH_CHARS);
      scratch.write(text, 0, 2 * n, "utf16le");
      return new Uint16Array(scratch.buffer, scratch.byteOffset, n);
    }
    const bytes = Buffer.from(text, "utf16le");
    if (bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, n);
  }
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/** Shortens a source line for a diagnostic message. */
export function excerpt(line: string, max = 60): string {
  const t = line.trim();
  return t.length <= max ? t : `${t.slice(0, max)}…`;
}
