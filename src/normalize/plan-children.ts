import { childNamed, type ConfigNode } from "../model/config-tree.js";
import { choiceSiblings, isSingleValueLeaf } from "../model/schema.js";
import type { Source } from "./group-applications.js";
import { wildcardChildren } from "./group-content.js";
import { isWildcard, wildcardMatcher } from "./wildcard.js";

/** Words that inheritance never copies: they are consumed by inheritance itself. */
export function isGroupStatement(name: string): boolean {
  return name === "apply-groups" || name === "apply-groups-except";
}

/**
 * Receives each child of the effective node, in order: its local node (when the target has one) or
 * else the group node that creates it, and the group content that applies below it, best first.
 */
export type ChildVisitor = (local: ConfigNode | undefined, origin: Source | undefined, content: readonly Source[]) => void;

const NONE: readonly Source[] = [];

const singleValueMemo = new Map<string, Map<string, boolean>>();

/** `isSingleValueLeaf`, remembered per (parent, keyword) without building key strings; bounded. */
function singleValue(keyword: string, parent: string | undefined): boolean {
  const key = parent ?? "";
  let byKeyword = singleValueMemo.get(key);
  if (byKeyword === undefined) {
    if (singleValueMemo.size > 4096) singleValueMemo.clear();
    singleValueMemo.set(key, (byKeyword = new Map()));
  }
  let answer = byKeyword.get(keyword);
  if (answer === undefined) {
    if (byKeyword.size > 4096) byKeyword.clear();
    byKeyword.set(keyword, (answer = isSingleValueLeaf(keyword, parent)));
  }
  return answer;
}

/** Group content for the existing child `name`: per source, the same word first, then matching wildcards. */
function contentFor(name: string, sources: readonly Source[]): Source[] | undefined {
  let out: Source[] | undefined;
  for (const source of sources) {
    const exact = childNamed(source.node, name);
    if (exact !== undefined) (out ??= []).push({ via: source.via, node: exact });
    for (const wild of wildcardChildren(source.node)) if (wildcardMatcher(wild.name)(name)) (out ??= []).push({ via: source.via, node: wild });
  }
  return out;
}

/**
 * Plans the children of one effective node from its local node and the group content that applies
 * to it (in priority order), and hands each to `visit`. Junos rules:
 * - local children come first and stay local; group children add what is missing (union), so
 *   leaf-lists and unknown keywords accumulate values;
 * - below a single-value leaf (`host-name`) only one side gives the value: the local one, or else the
 *   first group that has one; in a choice (`use-crl | use-ocsp`) an option already present excludes
 *   the others;
 * - a wildcard word (`<ge-*>`) adds its content to matching children only and never creates one.
 * Allocates only for children that receive group content (most of a large tree does not).
 */
export function planChildren(keyword: string, parentKeyword: string | undefined, local: ConfigNode | undefined, sources: readonly Source[], visit: ChildVisitor): void {
  for (const child of local?.children ?? []) if (!isGroupStatement(child.name)) visit(child, undefined, contentFor(child.name, sources) ?? NONE);
  const created = createdChildren(keyword, parentKeyword, local, sources);
  if (created !== undefined) for (const [name, origin] of created) visit(undefined, origin, contentFor(name, sources) ?? NONE);
}

/** Children that group content creates (absent locally): name → the best group node giving it. */
function createdChildren(keyword: string, parentKeyword: string | undefined, local: ConfigNode | undefined, sources: readonly Source[]): Map<string, Source> | undefined {
  let created: Map<string, Source> | undefined;
  let single: boolean | undefined;
  for (const source of sources) {
    for (const child of source.node.children) {
      const name = child.name;
      if (isGroupStatement(name) || created?.has(name) === true) continue;
      if (local !== undefined && childNamed(local, name) !== undefined) continue;
      single ??= singleValue(keyword, parentKeyword);
      if (single ? local !== undefined && local.children.length > 0 : isWildcard(name)) continue;
      if (excludedByChoice(name, keyword, local, created)) continue;
      (created ??= new Map()).set(name, { via: source.via, node: child });
    }
    if (single === true && created !== undefined) break; // one value, from the first group that has one
  }
  return created;
}

function excludedByChoice(name: string, keyword: string, local: ConfigNode | undefined, created: ReadonlyMap<string, Source> | undefined): boolean {
  for (const other of choiceSiblings(name, keyword)) {
    if (created?.has(other) === true || (local !== undefined && childNamed(local, other) !== undefined)) return true;
  }
  return false;
}
