/**
 * The configuration word tree: every input format (curly, set, XML, JSON) becomes this tree.
 *
 * A statement path such as `set system login user bob class super-user` is one node per word:
 * system → login → user → bob → class → super-user. Keywords and values are both words; names of
 * siblings are unique (the second `set` of the same path reuses the node). Every node keeps where
 * it came from (source file + 1-based line) and, once groups are applied, which group and which
 * `apply-groups` statement brought it in.
 *
 * Depth is bounded by MAX_DEPTH (parsers refuse deeper input with a diagnostic), so code below the
 * parsers may recurse over the tree safely.
 */

export type ConfigFormat = "curly" | "set" | "xml" | "json";

/** One input file. Shared by reference by all nodes parsed from it. */
export interface SourceFile {
  /** Path as given by the user (made relative for reports by the renderers). */
  readonly uri: string;
  readonly format: ConfigFormat;
}

/** Where an inherited node came from: the group, and the `apply-groups` statement that applied it. */
export interface Inheritance {
  readonly group: string;
  /** The `apply-groups` statement (its line and file) that brought the group in. */
  readonly applyLine: number;
  readonly applySource: SourceFile;
}

export interface ConfigNode {
  /** The word: a keyword (`system`) or a value (`r1`, `"a quoted string"` unquoted). Root: "". */
  name: string;
  /** Ordered children, unique by name. */
  children: ConfigNode[];
  /** Lazy name index, built by `childNamed` once a node has many children. */
  index?: Map<string, ConfigNode> | undefined;
  parent?: ConfigNode | undefined;
  /** 1-based line of the statement that created this word (for XML/JSON: the element or key). */
  line: number;
  source: SourceFile;
  /** `inactive:` / `deactivate` / `inactive="inactive"`: ignored by the device. */
  inactive?: boolean | undefined;
  /** `protect:` — no operational effect; kept for round trips. */
  protect?: boolean | undefined;
  /** Annotation (`/* … *\/`, `annotate`, `junos:comment`). */
  comment?: string | undefined;
  /** Set on nodes copied from a configuration group by the normalizer. */
  inherited?: Inheritance | undefined;
}

/**
 * The children of leaves that normalization copies from groups: one shared, frozen empty array
 * (a wildcard group reaching every interface would otherwise allocate one per copied leaf). The
 * effective configuration is read-only; code that builds trees gives each node its own array.
 */
export const NO_CHILDREN: ConfigNode[] = Object.freeze([]) as unknown as ConfigNode[];

/** Junos hierarchies are a few dozen levels deep; deeper input is rejected by the parsers. */
export const MAX_DEPTH = 256;

const INDEX_THRESHOLD = 12;

export function createRoot(source: SourceFile): ConfigNode {
  return { name: "", children: [], line: 1, source };
}

export function childNamed(node: ConfigNode, name: string): ConfigNode | undefined {
  const kids = node.children;
  if (kids.length < INDEX_THRESHOLD) {
    for (let i = 0; i < kids.length; i++) if (kids[i]!.name === name) return kids[i];
    return undefined;
  }
  if (node.index === undefined || node.index.size !== kids.length) {
    const index = new Map<string, ConfigNode>();
    for (const k of kids) index.set(k.name, k);
    node.index = index;
  }
  return node.index.get(name);
}

/** Returns the child called `name`, creating it (at `line` of `source`) when absent. */
export function ensureChild(parent: ConfigNode, name: string, line: number, source: SourceFile): ConfigNode {
  const existing = childNamed(parent, name);
  if (existing !== undefined) return existing;
  const node: ConfigNode = { name, children: [], parent, line, source };
  parent.children.push(node);
  if (parent.index !== undefined) parent.index.set(name, node);
  return node;
}

/** Appends an already-built node (its parent pointer is set here). Replaces a same-named child. */
export function attachChild(parent: ConfigNode, node: ConfigNode): ConfigNode {
  const existing = childNamed(parent, node.name);
  node.parent = parent;
  if (existing === undefined) {
    parent.children.push(node);
    if (parent.index !== undefined) parent.index.set(node.name, node);
  } else {
    parent.children[parent.children.indexOf(existing)] = node;
    if (parent.index !== undefined) parent.index.set(node.name, node);
  }
  return node;
}

export function removeChild(parent: ConfigNode, name: string): boolean {
  const i = parent.children.findIndex((c) => c.name === name);
  if (i < 0) return false;
  parent.children.splice(i, 1);
  parent.index = undefined;
  return true;
}

/** Follows a path of words from `node`; undefined when any word is missing. */
export function find(node: ConfigNode, path: readonly string[]): ConfigNode | undefined {
  let cur: ConfigNode | undefined = node;
  for (const word of path) {
    cur = childNamed(cur, word);
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** Splits "system services rest" into words (no quoting: for keyword paths written in code). */
export function words(path: string): string[] {
  return path.split(" ").filter((w) => w.length > 0);
}

/** The words from the root to `node` (root excluded). */
export function pathOf(node: ConfigNode): string[] {
  const out: string[] = [];
  for (let cur: ConfigNode | undefined = node; cur?.parent !== undefined; cur = cur.parent) out.push(cur.name);
  return out.reverse();
}

/** The deepest node that exists along `path` (the root when even the first word is missing). */
export function nearestExisting(root: ConfigNode, path: readonly string[]): ConfigNode {
  let cur = root;
  for (const word of path) {
    const next = childNamed(cur, word);
    if (next === undefined) break;
    cur = next;
  }
  return cur;
}

/** The single value below a leaf keyword (`host-name r1` → "r1"); undefined when absent. */
export function valueOf(node: ConfigNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const first = node.children[0];
  return first?.name;
}

/** All values below a leaf-list keyword (`cipher-list [ a b ]` → ["a", "b"]). */
export function valuesOf(node: ConfigNode | undefined): string[] {
  return node === undefined ? [] : node.children.map((c) => c.name);
}

const NEEDS_QUOTES = /[\s";{}[\]#]|^$/;

/** Quotes a word for set/curly output when it needs it (spaces, braces, quotes, empty). */
export function quoteWord(word: string): string {
  if (!NEEDS_QUOTES.test(word)) return word;
  return `"${word.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A path as a readable string: words joined by spaces, quoted where needed. */
export function formatPath(path: readonly string[]): string {
  return path.map(quoteWord).join(" ");
}
