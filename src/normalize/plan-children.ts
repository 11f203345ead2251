import type { ConfigNode, Inheritance } from "../model/config-tree.js";
import { choiceSiblings, isSingleValueLeaf } from "../model/schema.js";
import type { Source } from "./group-applications.js";
import { wildcardChildren } from "./group-content.js";
import { isWildcard, wildcardMatcher } from "./wildcard.js";

/** One child of the effective node: where its word comes from, and the group content merged into it. */
export interface ChildPlan {
  readonly name: string;
  /** The local (non-inherited) node, when the target has one. */
  readonly local: ConfigNode | undefined;
  /** The group node that created the child when there is no local one, and how it was applied. */
  readonly origin: Source | undefined;
  /** Group content for the child, best first. */
  readonly sources: Source[];
}

interface Ranked extends Source {
  readonly rank: number;
}

/** Words that inheritance never copies: they are consumed by inheritance itself (and dropped later). */
export function isGroupStatement(name: string): boolean {
  return name === "apply-groups" || name === "apply-groups-except";
}

/**
 * Plans the children of one effective node from its local node and the group content that applies
 * to it (in priority order). Junos rules:
 * - local children come first and stay local; group children add what is missing (union), so
 *   leaf-lists and unknown keywords accumulate values;
 * - below a single-value leaf (`host-name`) only one side gives the value: the local one, or else the
 *   first group that has one; in a choice (`use-crl | use-ocsp`) an option already present excludes
 *   the others;
 * - a wildcard word (`<ge-*>`) adds its content to matching children only and never creates one.
 */
export function planChildren(keyword: string, parentKeyword: string | undefined, local: ConfigNode | undefined, sources: readonly Source[]): ChildPlan[] {
  const plans: ChildPlan[] = [];
  const ranked = new Map<string, Ranked[]>();
  const byName = new Map<string, ChildPlan>();
  const add = (plan: ChildPlan): void => {
    plans.push(plan);
    byName.set(plan.name, plan);
    ranked.set(plan.name, []);
  };
  for (const child of local?.children ?? []) if (!isGroupStatement(child.name)) add({ name: child.name, local: child, origin: undefined, sources: [] });

  const singleValue = isSingleValueLeaf(keyword, parentKeyword);
  const valueSource = singleValue && plans.length === 0 ? sources.findIndex((s) => s.node.children.length > 0) : -1;
  let anyWildcard = false;
  sources.forEach((source, i) => {
    for (const child of source.node.children) {
      if (isGroupStatement(child.name)) continue;
      if (!singleValue && isWildcard(child.name)) {
        anyWildcard = true;
        continue;
      }
      const existing = byName.get(child.name);
      if (existing === undefined) {
        if (singleValue ? i !== valueSource : excludedByChoice(child.name, keyword, byName)) continue;
        add({ name: child.name, local: undefined, origin: { via: source.via, node: child }, sources: [] });
      }
      ranked.get(child.name)!.push({ via: source.via, node: child, rank: 2 * i });
    }
  });
  if (anyWildcard) addWildcardMatches(sources, plans, ranked);
  for (const plan of plans) plan.sources.push(...ranked.get(plan.name)!.sort((a, b) => a.rank - b.rank));
  return plans;
}

function excludedByChoice(name: string, keyword: string, byName: ReadonlyMap<string, ChildPlan>): boolean {
  for (const other of choiceSiblings(name, keyword)) if (byName.has(other)) return true;
  return false;
}

function addWildcardMatches(sources: readonly Source[], plans: readonly ChildPlan[], ranked: Map<string, Ranked[]>): void {
  sources.forEach((source, i) => {
    for (const wild of wildcardChildren(source.node)) {
      const matches = wildcardMatcher(wild.name);
      for (const plan of plans) if (matches(plan.name)) ranked.get(plan.name)!.push({ via: source.via, node: wild, rank: 2 * i + 1 });
    }
  });
}

/** The provenance of a child created from group content. */
export function inheritanceOf(plan: ChildPlan): Inheritance | undefined {
  return plan.origin?.via;
}
