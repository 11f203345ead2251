/**
 * Tree edits shared by the curly and set parsers: adding a statement's words below a node with
 * Junos's single-value and choice semantics, removing and copying paths.
 */
import { type ConfigNode, type SourceFile, childNamed, removeChild } from "../model/config-tree.js";
import { choiceSiblings, isSingleValueLeaf } from "../model/schema.js";

/**
 * Adds `words[0..count)` below `base` as a chain of nodes created at `line`. When `listFrom` ≥ 0,
 * words from there on are list values: each becomes a child of the chain's end.
 * `endsStatement` is false when the statement opens a block (`… {`).
 * Returns the statement's element: the end of the chain (the keyword that holds list values).
 */
export function addWords(
  base: ConfigNode,
  words: readonly string[],
  count: number,
  listFrom: number,
  endsStatement: boolean,
  line: number,
  source: SourceFile,
): ConfigNode {
  const chainEnd = listFrom < 0 ? count : listFrom;
  let cur = base;
  for (let i = 0; i < chainEnd; i++) {
    const word = words[i]!;
    const kids = cur.children;
    if (kids.length === 0) {
      cur = createChild(cur, word, line, source);
      continue;
    }
    // Consecutive statements often continue the newest sibling (`family inet …` then `family iso`).
    const newest = kids[kids.length - 1]!;
    const existing = newest.name === word ? newest : childNamed(cur, word);
    if (existing !== undefined) {
      cur = existing;
      continue;
    }
    makeRoom(cur, word, endsStatement && listFrom < 0 && i === chainEnd - 1);
    cur = createChild(cur, word, line, source);
  }
  for (let i = chainEnd; i < count; i++) {
    const word = words[i]!;
    if (childNamed(cur, word) === undefined) {
      if (cur.children.length > 0) removeAll(cur, choiceSiblings(word, cur.name));
      createChild(cur, word, line, source);
    }
  }
  return cur;
}

/** Appends a new child (the caller knows there is none called `word`); same shape as `ensureChild`. */
function createChild(parent: ConfigNode, word: string, line: number, source: SourceFile): ConfigNode {
  const node: ConfigNode = { name: word, children: [], parent, line, source };
  // A first child gets an exact-size array: `push` onto an empty one reserves 17 slots, and most
  // keywords only ever hold one value.
  if (parent.children.length === 0) parent.children = [node];
  else parent.children.push(node);
  if (parent.index !== undefined) parent.index.set(word, node);
  return node;
}

/** Before `word` joins `parent`: drops the statements it excludes, and the old value of a single-value leaf. */
function makeRoom(parent: ConfigNode, word: string, isFinalValue: boolean): void {
  const excluded = choiceSiblings(word, parent.name);
  if (excluded.length > 0) removeAll(parent, excluded);
  if (!isFinalValue || parent.parent === undefined) return;
  for (const c of parent.children) if (c.children.length > 0) return;
  const grandName = parent.parent.parent === undefined ? undefined : parent.parent.name;
  if (!isSingleValueLeaf(parent.name, grandName)) return;
  parent.children.length = 0;
  parent.index = undefined;
}

function removeAll(parent: ConfigNode, names: readonly string[]): void {
  for (const name of names) removeChild(parent, name);
}

/**
 * Removes the node at `path` below `base`; false when it does not exist. A keyword left empty by
 * removing its value (`delete unit 0`, `delete host-name r1`) goes too, when it is part of `path`.
 */
export function removePath(base: ConfigNode, path: readonly string[]): boolean {
  if (path.length === 0) return false;
  let parent = base;
  for (let i = 0; i < path.length - 1; i++) {
    const next = childNamed(parent, path[i]!);
    if (next === undefined) return false;
    parent = next;
  }
  if (!removeChild(parent, path[path.length - 1]!)) return false;
  if (path.length >= 2 && parent.children.length === 0 && parent.parent !== undefined) removeChild(parent.parent, parent.name);
  return true;
}

/** Removes every child of `node` (the `replace:` tag, `delete` of a whole level). */
export function clearChildren(node: ConfigNode): void {
  node.children.length = 0;
  node.index = undefined;
}

/** A deep copy of `node` called `name`, every copied node stamped with `line` (iterative). */
export function copySubtree(node: ConfigNode, name: string, line: number): ConfigNode {
  const top = cloneOne(node, line);
  top.name = name;
  const work: Array<[ConfigNode, ConfigNode]> = [[node, top]];
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const [from, to] = item;
    for (const child of from.children) {
      const copy = cloneOne(child, line);
      copy.parent = to;
      to.children.push(copy);
      work.push([child, copy]);
    }
  }
  return top;
}

function cloneOne(node: ConfigNode, line: number): ConfigNode {
  const copy: ConfigNode = { name: node.name, children: [], line, source: node.source };
  if (node.inactive === true) copy.inactive = true;
  if (node.protect === true) copy.protect = true;
  if (node.comment !== undefined) copy.comment = node.comment;
  return copy;
}

/** Depth of `node` below the root (the root is 0). */
export function depthOf(node: ConfigNode): number {
  let d = 0;
  for (let cur = node.parent; cur !== undefined; cur = cur.parent) d++;
  return d;
}
