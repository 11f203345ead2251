/**
 * What the curly parser does with one complete statement (`w1 … wn;` or `w1 … wn {`): the
 * `inactive:`/`active:`/`protect:`/`replace:`/`delete:` prefixes, the pending `/* … *\/`
 * annotation, and adding the words below the current block.
 */
import type { ConfigNode, SourceFile } from "../model/config-tree.js";
import { addWords, clearChildren, removePath } from "./text-tree-edit.js";

export const PREFIX_INACTIVE = 1;
export const PREFIX_ACTIVE = 2;
export const PREFIX_PROTECT = 4;
export const PREFIX_REPLACE = 8;
export const PREFIX_DELETE = 16;

/** The prefix flag for an unquoted word at the start of a statement, or 0. */
export function prefixFlag(word: string): number {
  if (word.length < 7 || word.charCodeAt(word.length - 1) !== 58) return 0;
  switch (word) {
    case "inactive:": return PREFIX_INACTIVE;
    case "active:": return PREFIX_ACTIVE;
    case "protect:": return PREFIX_PROTECT;
    case "replace:": return PREFIX_REPLACE;
    case "delete:": return PREFIX_DELETE;
    default: return 0;
  }
}

export interface Statement {
  words: string[];
  count: number;
  listFrom: number;
  prefixes: number;
  comment: string | undefined;
  line: number;
}

/**
 * Applies `st` below `base`. Returns the node a block opens on, or undefined when the statement
 * deleted its path (a `delete: x {` block's contents are then discarded by the caller).
 */
export function applyStatement(base: ConfigNode, st: Statement, opensBlock: boolean, source: SourceFile): ConfigNode | undefined {
  if ((st.prefixes & PREFIX_DELETE) !== 0) {
    removePath(base, st.listFrom < 0 ? st.words.slice(0, st.count) : st.words.slice(0, st.listFrom));
    return undefined;
  }
  const replacing = (st.prefixes & PREFIX_REPLACE) !== 0;
  let element: ConfigNode;
  if (replacing && (opensBlock || st.listFrom >= 0)) {
    const chainEnd = st.listFrom < 0 ? st.count : st.listFrom;
    element = addWords(base, st.words, chainEnd, -1, false, st.line, source);
    clearChildren(element);
    if (st.listFrom >= 0) addWords(element, st.words.slice(st.listFrom, st.count), st.count - st.listFrom, 0, true, st.line, source);
  } else {
    element = addWords(base, st.words, st.count, st.listFrom, !opensBlock, st.line, source);
  }
  if ((st.prefixes & PREFIX_INACTIVE) !== 0) element.inactive = true;
  if ((st.prefixes & PREFIX_ACTIVE) !== 0) delete element.inactive;
  if ((st.prefixes & PREFIX_PROTECT) !== 0) element.protect = true;
  if (st.comment !== undefined) element.comment = st.comment;
  return element;
}
