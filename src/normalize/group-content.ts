import { childNamed, type ConfigNode } from "../model/config-tree.js";
import type { Source } from "./group-applications.js";
import { isWildcard, wildcardMatcher, type WildcardMatcher } from "./wildcard.js";

/** The wildcard children of a group node (`<*>`, `<ge-*>`) with their compiled matchers. */
export interface Wildcards {
  readonly nodes: readonly ConfigNode[];
  readonly matchers: readonly WildcardMatcher[];
}

/**
 * What one normalization remembers about group nodes, so that a group reaching thousands of
 * targets is examined once. Plain Maps made per run and emptied at its end: with module-level
 * WeakMaps (keyed by group nodes, which lead to their whole tree) a scan spent most of its time
 * in young-generation garbage collection, normalized trees surviving long after they were dropped
 * (docs/performance.md).
 */
export interface GroupMemo {
  readonly wildcards: Map<ConfigNode, Wildcards>;
  readonly singleWildcards: Map<ConfigNode, readonly Wildcards[]>;
  readonly plain: Map<ConfigNode, boolean>;
  /** One-element content lists, see plan-children.ts sourceList. */
  readonly singleSources: Map<ConfigNode, readonly Source[]>;
}

export function newGroupMemo(): GroupMemo {
  return { wildcards: new Map(), singleWildcards: new Map(), plain: new Map(), singleSources: new Map() };
}

/**
 * Empties the memo once inheritance is done. A memo that lived long enough to be promoted to V8's
 * old generation would otherwise keep the whole tree alive through every young-generation
 * collection until the next full one (its keys lead to the tree), long after the run dropped it.
 */
export function forgetGroupMemo(memo: GroupMemo): void {
  memo.wildcards.clear();
  memo.singleWildcards.clear();
  memo.plain.clear();
  memo.singleSources.clear();
}

const NO_WILDCARDS: Wildcards = { nodes: [], matchers: [] };

/** The wildcard children of a group node, computed once per node. */
export function wildcardsOf(memo: GroupMemo, node: ConfigNode): Wildcards {
  let found = memo.wildcards.get(node);
  if (found === undefined) {
    const nodes = node.children.filter((c) => isWildcard(c.name));
    found = nodes.length === 0 ? NO_WILDCARDS : { nodes, matchers: nodes.map((n) => wildcardMatcher(n.name)) };
    memo.wildcards.set(node, found);
  }
  return found;
}

/** `wildcardsOf` for each source, in order (for one source, a list made once per group node). */
export function wildcardsOfAll(memo: GroupMemo, sources: readonly { readonly node: ConfigNode }[]): readonly Wildcards[] {
  if (sources.length !== 1) return sources.map((s) => wildcardsOf(memo, s.node));
  const node = sources[0]!.node;
  let list = memo.singleWildcards.get(node);
  if (list === undefined) memo.singleWildcards.set(node, (list = [wildcardsOf(memo, node)]));
  return list;
}

/** The children of group node `node` that stand for the target word `name`: the exact one first, then matching wildcards. */
export function groupChildrenFor(memo: GroupMemo, node: ConfigNode, name: string): ConfigNode[] {
  const out: ConfigNode[] = [];
  const exact = childNamed(node, name);
  if (exact !== undefined) out.push(exact);
  const wild = wildcardsOf(memo, node);
  for (let i = 0; i < wild.nodes.length; i++) if (wild.nodes[i] !== exact && wild.matchers[i]!(name)) out.push(wild.nodes[i]!);
  return out;
}

/**
 * The part of a group that applies at target `path`: the group's nodes at the same path, where a
 * wildcard word in the group stands for any target word it matches (so several nodes can apply).
 * A group applied at `[edit interfaces ae1]` contributes only what it holds under `interfaces ae1`
 * (or `interfaces <*>`, `interfaces <ae*>`…); anything above that level is ignored.
 */
export function groupContentAt(memo: GroupMemo, group: ConfigNode, path: readonly string[]): ConfigNode[] {
  let frontier: ConfigNode[] = [group];
  for (const word of path) {
    const next: ConfigNode[] = [];
    for (const node of frontier) next.push(...groupChildrenFor(memo, node, word));
    if (next.length === 0) return next;
    frontier = next;
  }
  return frontier;
}

/**
 * True when nothing below this group node needs inheritance logic: no wildcard words and no
 * `apply-groups` / `apply-groups-except`. Such content, when it creates a node, is copied as it is.
 */
export function isPlainSubtree(memo: GroupMemo, node: ConfigNode): boolean {
  let plain = memo.plain.get(node);
  if (plain === undefined) {
    plain = true;
    for (const child of node.children) {
      const name = child.name;
      if (isWildcard(name) || name === "apply-groups" || name === "apply-groups-except" || !isPlainSubtree(memo, child)) {
        plain = false;
        break;
      }
    }
    memo.plain.set(node, plain);
  }
  return plain;
}
