import { childNamed, type ConfigNode } from "../model/config-tree.js";
import type { Diagnostic } from "../model/diagnostics.js";
import { copyShallow } from "./copy-node.js";
import { resolveLevel, type GroupContext, type Source } from "./group-applications.js";
import { isGroupStatement, planChildren } from "./plan-children.js";

/**
 * Pass 2: configuration-group inheritance, as Junos does it before the daemons see the configuration.
 *
 * Walks the target tree from the root. At every node the group content that applies is the content
 * inherited from the levels above plus the groups applied at this node (`apply-groups`, local or
 * itself inherited), minus those blocked by `apply-groups-except` here or above. Children are then
 * planned by plan-children.ts (local beats inherited, first group beats later ones, deeper beats
 * higher, wildcards only match). Every node copied from a group carries `inherited` (group and the
 * `apply-groups` word that applied it) and keeps its own line inside the group.
 *
 * `inactiveGroups` names the groups pass 1 removed, so that applying them gives a note, not a warning.
 * The result is a new tree. Inheritance consumes `groups`, `apply-groups` and `apply-groups-except`:
 * they are not copied (drop-groups.ts removes them from trees that did not go through this pass). Recursion depth is the tree depth, bounded by the parsers; group
 * content never makes the tree deeper than the group itself.
 */
export function applyGroups(root: ConfigNode, inactiveGroups: ReadonlySet<string> = new Set()): { root: ConfigNode; diagnostics: Diagnostic[] } {
  const groups = new Map<string, ConfigNode>();
  for (const group of childNamed(root, "groups")?.children ?? []) groups.set(group.name, group);
  const ctx: GroupContext = { groups, inactiveGroups, diagnostics: [], reported: new WeakMap() };
  const out = copyShallow(root, undefined);
  expand(ctx, out, root, [], new Set(), [], undefined);
  return { root: out, diagnostics: ctx.diagnostics };
}

const NO_SOURCES: readonly Source[] = [];

/** Does `node` hold a statement that inheritance must look at (or, at the top, the groups themselves)? */
function hasGroupStatement(node: ConfigNode, atTop: boolean): boolean {
  for (const child of node.children) if (isGroupStatement(child.name) || (atTop && child.name === "groups")) return true;
  return false;
}

function expand(
  ctx: GroupContext,
  out: ConfigNode,
  local: ConfigNode | undefined,
  inherited: readonly Source[],
  blocked: ReadonlySet<string>,
  path: string[],
  parentKeyword: string | undefined,
): void {
  if (inherited.length === 0 && local !== undefined && !hasGroupStatement(local, path.length === 0)) {
    // The common case: nothing applies here, the local node is copied as it is.
    for (const child of local.children) descend(ctx, copyShallow(child, out), child, NO_SOURCES, blocked, path, out.name);
    return;
  }
  const level = resolveLevel(ctx, local, inherited, path, blocked);
  const atTop = path.length === 0;
  planChildren(out.name, parentKeyword, local, level.sources, (childLocal, origin, content) => {
    const from = childLocal ?? origin!.node;
    if (atTop && from.name === "groups") return;
    const child = copyShallow(from, out);
    if (childLocal === undefined) child.inherited = origin!.via;
    descend(ctx, child, childLocal, content, level.blocked, path, out.name);
    // A group statement reaches the target only through its last word: `user <*> class read-only`
    // with no user to match leaves no empty `user` behind.
    if (childLocal === undefined && child.children.length === 0 && from.children.length > 0) out.children.pop();
  });
}

function descend(
  ctx: GroupContext,
  child: ConfigNode,
  local: ConfigNode | undefined,
  sources: readonly Source[],
  blocked: ReadonlySet<string>,
  path: string[],
  keyword: string,
): void {
  path.push(child.name);
  expand(ctx, child, local, sources, blocked, path, keyword);
  path.pop();
}
