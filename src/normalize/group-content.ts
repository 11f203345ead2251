import { childNamed, type ConfigNode } from "../model/config-tree.js";
import { isWildcard, wildcardMatcher, type WildcardMatcher } from "./wildcard.js";

/** The wildcard children of a group node (`<*>`, `<ge-*>`) with their compiled matchers. */
export interface Wildcards {
  readonly nodes: readonly ConfigNode[];
  readonly matchers: readonly WildcardMatcher[];
}

const NO_WILDCARDS: Wildcards = { nodes: [], matchers: [] };
const wildcardKids = new WeakMap<ConfigNode, Wildcards>();

/** The wildcard children of a group node, computed once per node. */
export function wildcardsOf(node: ConfigNode): Wildcards {
  let found = wildcardKids.get(node);
  if (found === undefined) {
    const nodes = node.children.filter((c) => isWildcard(c.name));
    found = nodes.length === 0 ? NO_WILDCARDS : { nodes, matchers: nodes.map((n) => wildcardMatcher(n.name)) };
    wildcardKids.set(node, found);
  }
  return found;
}

const singleWildcards = new WeakMap<ConfigNode, readonly Wildcards[]>();

/** `wildcardsOf` for each source, in order (for one source, a list made once per group node). */
export function wildcardsOfAll(sources: readonly { readonly node: ConfigNode }[]): readonly Wildcards[] {
  if (sources.length !== 1) return sources.map((s) => wildcardsOf(s.node));
  const node = sources[0]!.node;
  let list = singleWildcards.get(node);
  if (list === undefined) singleWildcards.set(node, (list = [wildcardsOf(node)]));
  return list;
}

/** The children of group node `node` that stand for the target word `name`: the exact one first, then matching wildcards. */
export function groupChildrenFor(node: ConfigNode, name: string): ConfigNode[] {
  const out: ConfigNode[] = [];
  const exact = childNamed(node, name);
  if (exact !== undefined) out.push(exact);
  const wild = wildcardsOf(node);
  for (let i = 0; i < wild.nodes.length; i++) if (wild.nodes[i] !== exact && wild.matchers[i]!(name)) out.push(wild.nodes[i]!);
  return out;
}

/**
 * The part of a group that applies at target `path`: the group's nodes at the same path, where a
 * wildcard word in the group stands for any target word it matches (so several nodes can apply).
 * A group applied at `[edit interfaces ae1]` contributes only what it holds under `interfaces ae1`
 * (or `interfaces <*>`, `interfaces <ae*>`…); anything above that level is ignored.
 */
export function groupContentAt(group: ConfigNode, path: readonly string[]): ConfigNode[] {
  let frontier: ConfigNode[] = [group];
  for (const word of path) {
    const next: ConfigNode[] = [];
    for (const node of frontier) next.push(...groupChildrenFor(node, word));
    if (next.length === 0) return next;
    frontier = next;
  }
  return frontier;
}

const plainSubtrees = new WeakMap<ConfigNode, boolean>();

/**
 * True when nothing below this group node needs inheritance logic: no wildcard words and no
 * `apply-groups` / `apply-groups-except`. Such content, when it creates a node, is copied as it is.
 */
export function isPlainSubtree(node: ConfigNode): boolean {
  let plain = plainSubtrees.get(node);
  if (plain === undefined) {
    plain = true;
    for (const child of node.children) {
      const name = child.name;
      if (isWildcard(name) || name === "apply-groups" || name === "apply-groups-except" || !isPlainSubtree(child)) {
        plain = false;
        break;
      }
    }
    plainSubtrees.set(node, plain);
  }
  return plain;
}
