/**
 * Splits one `set`-style command line into words: whitespace separates words, `"…"` is one word
 * (unquoted, escapes resolved), `<secret removed>` is one word, and `[ a b ]` is a list whose
 * values come after `listFrom`.
 */
import { MAX_DEPTH } from "../model/config-tree.js";
import * as chars from "./text-chars.js";

// Module-local copies of hot imports (some module loaders turn imported bindings into getters).
const { CH_LBRACKET, CH_LT, CH_NL, CH_QUOTE, CH_RBRACKET, angleWordEnd, isBlank, quoteEnd, quotedValue } = chars;

/** Unquoted set words end at whitespace, `[`, `]` or `"` (`;`, `{`, `}` are ordinary characters here). */
const SET_WORD_END = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32, CH_LBRACKET, CH_RBRACKET, CH_QUOTE]) SET_WORD_END[c] = 1;

/** A command longer than this many words is refused (no Junos path comes close). */
export const MAX_COMMAND_WORDS = MAX_DEPTH * 4;
export const MAX_LIST_VALUES = 100_000;

export interface SetTokens {
  words: string[];
  /** quoted[i]: words[i] was written in quotes (so it is never a keyword such as `to` or `before`). */
  quoted: boolean[];
  /** Index of the first `[ … ]` list value, or -1. */
  listFrom: number;
  /** What was wrong with the line, when something was. */
  problem?: string;
}

/** Tokenizes `text[start..end)` (one line, no newline inside). */
export function tokenizeSetLine(text: string, start: number, end: number): SetTokens {
  const out: SetTokens = { words: [], quoted: [], listFrom: -1 };
  let listOpen = false;
  let listClosed = false;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || c === CH_NL) { i++; continue; }
    if (out.words.length >= (out.listFrom < 0 ? MAX_COMMAND_WORDS : out.listFrom + MAX_LIST_VALUES)) {
      return fail(out, `more than ${MAX_COMMAND_WORDS} words (or ${MAX_LIST_VALUES} list values) in one command`);
    }
    if (listClosed) return fail(out, "expected the end of the command after ']'");
    if (c === CH_LBRACKET) {
      if (listOpen || out.listFrom >= 0) return fail(out, "expected one '[ … ]' list, found a second '['");
      listOpen = true;
      out.listFrom = out.words.length;
      i++;
      continue;
    }
    if (c === CH_RBRACKET) {
      if (!listOpen) return fail(out, "unexpected ']' without an opening '['");
      listOpen = false;
      listClosed = true;
      i++;
      continue;
    }
    if (c === CH_QUOTE) {
      const close = quoteEnd(text, i);
      if (close < 0 || close >= end) return fail(out, "unterminated quote: expected a closing '\"' on the same line");
      push(out, quotedValue(text, i + 1, close), true);
      i = close + 1;
      continue;
    }
    let j = i;
    if (c === CH_LT) {
      const angleEnd = angleWordEnd(text, i);
      if (angleEnd > 0 && angleEnd <= end) j = angleEnd;
    }
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d < 128 && SET_WORD_END[d] === 1) break;
      j++;
    }
    push(out, text.slice(i, j), false);
    i = j;
  }
  if (listOpen) return fail(out, "expected ']' to close the '[' list before the end of the line");
  return out;
}

function push(out: SetTokens, word: string, quoted: boolean): void {
  out.words.push(word);
  out.quoted.push(quoted);
}

function fail(out: SetTokens, problem: string): SetTokens {
  out.problem = problem;
  return out;
}
