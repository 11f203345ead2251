/**
 * Placing one XML element (or JSON member) into the word tree, shared by the XML and JSON parsers.
 *
 * A statement is a run of words below a parent (`user bob`, `host-name r1`, `ssh`); its attributes
 * (inactive, protect, annotation, inherited-from-group) go to one of those words, the target:
 * the entry word of a list entry, the keyword of a leaf or container, the value of a leaf-list.
 */
import { childNamed, type ConfigNode, type SourceFile } from "../model/config-tree.js";

/** Attributes found on an element (`inactive="inactive"`, `junos:group="G"`…) or in JSON `"@"`. */
export interface Marks {
  inactive?: boolean;
  protect?: boolean;
  comment?: string;
  /** `junos:group`: the element was inherited from this configuration group. */
  group?: string;
}

export interface Placed {
  /** One node per word, in order (existing nodes are reused). */
  nodes: ConfigNode[];
  /** The nodes this statement created (an inherited statement marks only those). */
  created: ConfigNode[];
}

/** Creates (or reuses) the chain of `words` below `parent`; new nodes at `line` (or `line[i]` for word i). */
export function placeWords(parent: ConfigNode, words: readonly string[], line: number | readonly number[], source: SourceFile): Placed {
  const nodes: ConfigNode[] = [];
  const created: ConfigNode[] = [];
  let cur = parent;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let next = childNamed(cur, word);
    if (next === undefined) {
      const at = typeof line === "number" ? line : (line[i] ?? line[line.length - 1] ?? 1);
      next = { name: word, children: [], parent: cur, line: at, source };
      // A first child gets an exact-size array (as the text parsers do): `push` onto an empty one
      // reserves 17 slots, and most statements hold one word below them.
      if (cur.children.length === 0) cur.children = [next];
      else cur.children.push(next);
      if (cur.index !== undefined) cur.index.set(word, next);
      created.push(next);
    }
    nodes.push(next);
    cur = next;
  }
  return { nodes, created };
}

/** Applies the element's attributes: flags and comment on `target`, inheritance on created nodes. */
export function applyMarks(target: ConfigNode, placed: Placed, marks: Marks, line: number, source: SourceFile): void {
  if (marks.inactive === true) target.inactive = true;
  if (marks.protect === true) target.protect = true;
  if (marks.comment !== undefined) target.comment = target.comment === undefined ? marks.comment : `${target.comment}\n${marks.comment}`;
  if (marks.group !== undefined) {
    const inherited = { group: marks.group, applyLine: line, applySource: source };
    for (const node of placed.created) node.inherited = inherited;
  }
}

/** `/* text *\/` → `text` (the annotation as `annotate` would take it); other text trimmed. */
export function annotationText(raw: string): string {
  const t = raw.trim();
  const m = /^\/\*([\s\S]*)\*\/$/.exec(t);
  return m === null ? t : m[1]!.trim();
}

export function hasMarks(marks: Marks): boolean {
  return marks.inactive !== undefined || marks.protect !== undefined || marks.comment !== undefined || marks.group !== undefined;
}
