import { childNamed, type ConfigNode } from "../model/config-tree.js";
import { choiceSiblings, isSingleValueLeaf } from "../model/schema.js";
import type { Source } from "./group-applications.js";
import type { GroupMemo, Wildcards } from "./group-content.js";
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
export function contentFor(memo: GroupMemo, name: string, sources: readonly Source[], wildcards: readonly Wildcards[]): readonly Source[] | undefined {
  // The first match is held apart: most targets get exactly one, and sourceList shares that list.
  let firstVia: Source["via"] | undefined;
  let firstNode: ConfigNode | undefined;
  let more: Source[] | undefined;
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!;
    const exact = childNamed(source.node, name);
    const wild = wildcards[s]!;
    for (let w = -1; w < wild.nodes.length; w++) {
      const node = w < 0 ? exact : wild.nodes[w]!;
      if (node === undefined || (w >= 0 && (node === exact || !wild.matchers[w]!(name)))) continue;
      if (firstNode === undefined) {
        firstVia = source.via;
        firstNode = node;
      } else (more ??= [{ via: firstVia!, node: firstNode }]).push({ via: source.via, node });
    }
  }
  if (more !== undefined) return more;
  return firstNode === undefined ? undefined : sourceList(memo, firstVia!, firstNode);
}

/**
 * A one-element content list, shared by every target the same group node reaches through the same
 * `apply-groups` (a wildcard group reaching every interface would otherwise make one per interface).
 */
function sourceList(memo: GroupMemo, via: Source["via"], node: ConfigNode): readonly Source[] {
  const known = memo.singleSources.get(node);
  if (known !== undefined && known[0]!.via === via) return known;
  const list = [{ via, node }];
  memo.singleSources.set(node, list);
  return list;
}

/**
 * The children group content creates below `target` (absent there), in priority order: the group
 * node that gives each (and how its group was applied). Names are unique in the result.
 */
export function createdChildren(memo: GroupMemo, target: ConfigNode, parentKeyword: string | undefined, sources: readonly Source[]): Source[] | undefined {
  let created: Source[] | undefined;
  let createdNames: Set<string> | undefined; // only once `created` is long: short lists are scanned
  let single: boolean | undefined;
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!;
    const kids = source.node.children;
    for (let k = 0; k < kids.length; k++) {
      const child = kids[k]!;
      const name = child.name;
      if (isGroupStatement(name) || childNamed(target, name) !== undefined) continue;
      if (created !== undefined && (createdNames !== undefined ? createdNames.has(name) : listed(created, name))) continue;
      // With one source and an empty target, a single-value leaf and a list behave alike: skip the lookup.
      const wildcard = isWildcard(name);
      // A wildcard never creates below a node with children, single-value leaf or not.
      if (wildcard && target.children.length > 0) continue;
      if (target.children.length > 0 || sources.length > 1 || wildcard) single ??= isSingleValueLeaf(target.name, parentKeyword);
      if (single === true ? target.children.length > 0 : wildcard) continue;
      if (excludedByChoice(name, target, created, createdNames)) continue;
      // The Source of a group node is made once (sourceList): a group reaching many targets adds no garbage.
      const origin = sourceList(memo, source.via, child)[0]!;
      if (created === undefined) created = [origin];
      else created.push(origin);
      if (createdNames !== undefined) createdNames.add(name);
      else if (created.length > SCANNED) createdNames = new Set(created.map((c) => c.node.name));
    }
    if (single === true && created !== undefined) break; // one value, from the first group that has one
  }
  return created;
}

/** Up to this many created children, a name is looked up by scanning them. */
const SCANNED = 8;

function listed(created: readonly Source[], name: string): boolean {
  for (let i = 0; i < created.length; i++) if (created[i]!.node.name === name) return true;
  return false;
}

function excludedByChoice(name: string, target: ConfigNode, created: readonly Source[] | undefined, createdNames: ReadonlySet<string> | undefined): boolean {
  const others = choiceSiblings(name, target.name);
  for (let i = 0; i < others.length; i++) {
    const other = others[i]!;
    if (childNamed(target, other) !== undefined) return true;
    if (created !== undefined && (createdNames !== undefined ? createdNames.has(other) : listed(created, other))) return true;
  }
  return false;
}
