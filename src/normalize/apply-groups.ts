import { childNamed, NO_CHILDREN, type ConfigNode, type Inheritance } from "../model/config-tree.js";
import type { Diagnostic } from "../model/diagnostics.js";
import { copyTree, inheritedCopy } from "./copy-node.js";
import { mentionsGroups, resolveLevel, type GroupContext, type Source } from "./group-applications.js";
import { forgetGroupMemo, isPlainSubtree, newGroupMemo, wildcardsOfAll } from "./group-content.js";
import { contentFor, createdChildren, isGroupStatement } from "./plan-children.js";

/**
 * Pass 2: configuration-group inheritance, as Junos does it before the daemons see the configuration.
 *
 * Walks the target tree from the root. At every node the group content that applies is the content
 * inherited from the levels above plus the groups applied at this node (`apply-groups`, local or
 * itself inherited), minus those blocked by `apply-groups-except` here or above. plan-children.ts
 * decides what that content adds (local beats inherited, first group beats later ones, deeper beats
 * higher, wildcards only match). Every node copied from a group carries `inherited` (the group and
 * the `apply-groups` word that applied it) and keeps its own line inside the group.
 *
 * Inheritance consumes `groups`, `apply-groups` and `apply-groups-except`: they are not in the result
 * (drop-groups.ts removes them from trees that do not go through this pass). `inactiveGroups` names
 * the groups pass 1 removed, so that applying one gives a note rather than a warning.
 *
 * Recursion depth is the tree depth, bounded by the parsers; group content never makes the tree
 * deeper than the group itself.
 */
export function applyGroups(root: ConfigNode, inactiveGroups: ReadonlySet<string> = new Set()): { root: ConfigNode; diagnostics: Diagnostic[] } {
  const copy = copyTree(root, undefined, () => true);
  return { root: copy, diagnostics: inheritGroupsInPlace(copy, inactiveGroups, nodesLeadingToGroupStatements(copy)) };
}

/** The nodes with an `apply-groups[-except]` at or below them, outside `[edit groups]`. */
export function nodesLeadingToGroupStatements(root: ConfigNode): Set<ConfigNode> {
  const found = new Set<ConfigNode>();
  const visit = (node: ConfigNode): boolean => {
    let leads = false;
    for (const child of node.children) {
      if (node === root && child.name === "groups") continue;
      if (isGroupStatement(child.name) || visit(child)) leads = true;
    }
    if (leads) found.add(node);
    return leads;
  };
  visit(root);
  return found;
}

/**
 * The same pass on a tree the caller owns (normalize's): changes `root` in place and
 * visits only where group content applies or an `apply-groups` lies below (`leadsToGroupStatement`),
 * which spares a second copy and a full walk of large configurations that mostly inherit nothing.
 */
export function inheritGroupsInPlace(root: ConfigNode, inactiveGroups: ReadonlySet<string>, leadsToGroupStatement: ReadonlySet<ConfigNode>): Diagnostic[] {
  const groups = new Map<string, ConfigNode>();
  for (const group of childNamed(root, "groups")?.children ?? []) groups.set(group.name, group);
  const ctx: WalkContext = { groups, inactiveGroups, diagnostics: [], reported: new Map(), memo: newGroupMemo(), leadsToGroupStatement };
  walk(ctx, root, NO_SOURCES, new Set(), [], undefined);
  removeGroupStatements(root, true);
  forgetGroupMemo(ctx.memo);
  return ctx.diagnostics;
}

const NO_SOURCES: readonly Source[] = [];

interface WalkContext extends GroupContext {
  readonly leadsToGroupStatement: ReadonlySet<ConfigNode>;
}

function hasGroupStatement(node: ConfigNode): boolean {
  for (const child of node.children) if (isGroupStatement(child.name)) return true;
  return false;
}

/** Removes the children called `apply-groups` / `apply-groups-except` (or, at the top, `groups`). */
function removeGroupStatements(node: ConfigNode, atTop: boolean): void {
  const kids = node.children;
  let kept = 0;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    if (atTop ? child.name !== "groups" : !isGroupStatement(child.name)) kids[kept++] = child;
  }
  truncate(node, kept);
}

/**
 * A group statement reaches the target only through its last word: `user <*> class read-only`
 * with no user to match leaves no empty `user` behind. Removes the children created from group
 * content (from `localCount` on) that stayed empty although their group node was not.
 */
function removeUnmatched(node: ConfigNode, localCount: number, created: readonly Source[]): void {
  const kids = node.children;
  let kept = localCount;
  for (let i = localCount; i < kids.length; i++) {
    const child = kids[i]!;
    if (child.children.length > 0 || created[i - localCount]!.node.children.length === 0) kids[kept++] = child;
  }
  truncate(node, kept);
}

function truncate(node: ConfigNode, length: number): void {
  if (length === node.children.length) return;
  node.children.length = length;
  node.index = undefined;
}

function walk(ctx: WalkContext, node: ConfigNode, inherited: readonly Source[], blocked: ReadonlySet<string>, path: string[], parentKeyword: string | undefined): void {
  // An inactive statement goes after inheritance with all it holds; being there, it keeps group
  // content from re-creating it (`inactive: telnet;` stays off even if a group has `telnet`).
  if (node.inactive === true) return;
  if (node.children === NO_CHILDREN) node.children = [];
  let sources = inherited;
  let nowBlocked = blocked;
  if (hasGroupStatement(node) || mentionsGroups(inherited)) {
    const level = resolveLevel(ctx, node, inherited, path, blocked);
    sources = level.sources;
    nowBlocked = level.blocked;
    removeGroupStatements(node, false);
  }
  const atTop = path.length === 0;
  if (sources.length === 0) {
    // The common case: nothing applies here; only deeper `apply-groups` can change anything.
    for (const child of node.children) if (ctx.leadsToGroupStatement.has(child)) descend(ctx, child, NO_SOURCES, nowBlocked, path, node.name);
    return;
  }
  const localCount = node.children.length;
  const created = createdChildren(ctx.memo, node, parentKeyword, sources) ?? NO_SOURCES;
  for (const origin of created) node.children.push(inheritedCopy(origin.node, node, origin.via, NO_CHILDREN));
  const wildcards = wildcardsOfAll(ctx.memo, sources);
  const kids = node.children;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    if (atTop && child.name === "groups") continue;
    const content = contentFor(ctx.memo, child.name, sources, wildcards) ?? NO_SOURCES;
    const origin = i >= localCount ? created[i - localCount]!.node : undefined;
    if (origin !== undefined && content.length === 1 && isPlainSubtree(ctx.memo, origin)) copyInherited(origin, child, content[0]!.via);
    else if (content.length > 0 || ctx.leadsToGroupStatement.has(child)) descend(ctx, child, content, nowBlocked, path, node.name);
  }
  if (created.length > 0) removeUnmatched(node, localCount, created);
}

/** Copies the children of plain group content below a node it created (with no children yet), all marked as inherited. */
function copyInherited(from: ConfigNode, to: ConfigNode, via: Inheritance): void {
  if (from.children.length === 0) return;
  to.children = from.children.slice();
  // `to` was just created without an index; assigning one would change its shape (and allocate).
  fillInherited(from, to, via);
}

/** Replaces each element of `to.children` (a slice of `from.children`) by its inherited copy, recursively. */
function fillInherited(from: ConfigNode, to: ConfigNode, via: Inheritance): void {
  const kids = from.children;
  const copies = to.children;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i]!;
    const leaf = kid.children.length === 0;
    const copy = inheritedCopy(kid, to, via, leaf ? NO_CHILDREN : kid.children.slice());
    copies[i] = copy;
    if (!leaf) fillInherited(kid, copy, via);
  }
}

function descend(ctx: WalkContext, child: ConfigNode, sources: readonly Source[], blocked: ReadonlySet<string>, path: string[], keyword: string): void {
  path.push(child.name);
  walk(ctx, child, sources, blocked, path, keyword);
  path.pop();
}
