import { childNamed, type ConfigNode } from "../model/config-tree.js";
import type { Diagnostic } from "../model/diagnostics.js";
import { copyShallow, copyTree } from "./copy-node.js";
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
 * The result is a new tree; `groups`, `apply-groups` and `apply-groups-except` are copied verbatim
 * (drop-groups.ts removes them). Recursion depth is the tree depth, bounded by the parsers; group
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

const keepAll = (): boolean => true;

/** Copied as they are, without inheritance into them. */
function isVerbatim(name: string, path: readonly string[]): boolean {
  return isGroupStatement(name) || (path.length === 0 && name === "groups");
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
  const level = resolveLevel(ctx, local, inherited, path, blocked);
  if (local !== undefined) {
    for (const child of local.children) if (isVerbatim(child.name, path)) copyTree(child, out, keepAll);
  }
  if (level.sources.length === 0) {
    for (const child of local?.children ?? []) {
      if (isVerbatim(child.name, path)) continue;
      descend(ctx, copyShallow(child, out), child, [], level.blocked, path, out.name);
    }
    return;
  }
  for (const plan of planChildren(out.name, parentKeyword, local, level.sources)) {
    if (path.length === 0 && plan.name === "groups") continue;
    let child: ConfigNode;
    if (plan.local !== undefined) child = copyShallow(plan.local, out);
    else {
      const origin = plan.origin!;
      child = copyShallow(origin.node, out);
      child.inherited = origin.via;
    }
    descend(ctx, child, plan.local, plan.sources, level.blocked, path, out.name);
    // A group statement reaches the target only through its last word: `user <*> class read-only`
    // with no user to match leaves no empty `user` behind.
    if (plan.local === undefined && child.children.length === 0 && plan.origin!.node.children.length > 0) out.children.pop();
  }
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
