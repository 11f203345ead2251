/**
 * Quoting words for printed curly and set text, beyond `quoteWord`: words the parsers would
 * otherwise read as something else (a `<` with no `>`, a `/*` comment, a `!` or prefix at the
 * start of a statement) are quoted too, so printing then parsing gives back the same words.
 */
import { quoteWord } from "../model/config-tree.js";

const PREFIXES = new Set(["inactive:", "active:", "protect:", "replace:", "delete:"]);

export function quoteToken(word: string, startsStatement: boolean): string {
  const quoted = quoteWord(word);
  if (quoted !== word) return quoted;
  const needs =
    (word.startsWith("<") && !word.includes(">")) ||
    word.startsWith("/*") ||
    (startsStatement && (word.startsWith("!") || PREFIXES.has(word)));
  return needs ? `"${word.replace(/\\/g, "\\\\")}"` : word;
}
