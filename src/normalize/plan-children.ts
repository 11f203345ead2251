import { childNamed, type ConfigNode } from "../model/config-tree.js";
import { choiceSiblings, isSingleValueLeaf } from "../model/schema.js";
import type { Source } from "./group-applications.js";
import type { Wildcards } from "./group-content.js";
import { isWildcard } from "./wildcard.js";

/**
 * Which children group content adds to a node, and which group content applies below each child.
 * Junos rules:
 * - local children stay local; group children add what is missing (union), so leaf-lists and
 *   unknown keywords accumulate values;
 * - below a single-value leaf (`host-name`) only one side gives the value: the local one, or else the
 *   first group that has one; in a choice (`use-crl | use-ocsp`) an option already present excludes
 *   the others;
 * - a wildcard word (`<ge-*>`) adds its content to matching children only and never creates one.
 * Both functions allocate only where group content applies (most of a large tree gets none).
 */

/** Words that inheritance never copies: they are consumed by inheritance itself. */
export function isGroupStatement(name: string): boolean {
  return name === "apply-groups" || name === "apply-groups-except";
}

/**
 * Group content for the child `name`, best first: per source, the same word, then matching
 * wildcards. `wildcards[i]` are those of `sources[i]` (looked up once per parent, see wildcardsOf).
 */
export function contentFor(name: string, sources: readonly Source[], wildcards: readonly Wildcards[]): Source[] | undefined {
  let out: Source[] | undefined;
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!;
    const exact = childNamed(source.node, name);
    if (exact !== undefined) (out ??= []).push({ via: source.via, node: exact });
    const wild = wildcards[s]!;
    for (let w = 0; w < wild.nodes.length; w++) {
      const node = wild.nodes[w]!;
      if (node !== exact && wild.matchers[w]!(name)) (out ??= []).push({ via: source.via, node });
    }
  }
  return out;
}

/**
 * The children group content creates below `target` (absent there), in priority order: name → the
 * group node that gives it (and how its group was applied).
 */
export function createdChildren(target: ConfigNode, parentKeyword: string | undefined, sources: readonly Source[]): Map<string, Source> | undefined {
  let created: Map<string, Source> | undefined;
  let single: boolean | undefined;
  for (const source of sources) {
    for (const child of source.node.children) {
      const name = child.name;
      if (isGroupStatement(name) || created?.has(name) === true || childNamed(target, name) !== undefined) continue;
      // With one source and an empty target, a single-value leaf and a list behave alike: skip the lookup.
      if (target.children.length > 0 || sources.length > 1 || isWildcard(name)) single ??= isSingleValueLeaf(target.name, parentKeyword);
      if (single === true ? target.children.length > 0 : isWildcard(name)) continue;
      if (excludedByChoice(name, target, created)) continue;
      (created ??= new Map()).set(name, { via: source.via, node: child });
    }
    if (single === true && created !== undefined) break; // one value, from the first group that has one
  }
  return created;
}

function excludedByChoice(name: string, target: ConfigNode, created: ReadonlyMap<string, Source> | undefined): boolean {
  for (const other of choiceSiblings(name, target.name)) {
    if (created?.has(other) === true || childNamed(target, other) !== undefined) return true;
  }
  return false;
}
