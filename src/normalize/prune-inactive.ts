import type { ConfigNode } from "../model/config-tree.js";
import { copyShallow } from "./copy-node.js";

/**
 * Pass 1 (and 4): remove inactive statements, as the device ignores them at commit.
 *
 * Every node marked `inactive` goes with its subtree. Then the ancestors that became empty and were
 * written by the same statement (same line of the same file) go as well: curly text marks the last
 * word of a statement (`inactive: host-name r1;` marks `r1`), so `host-name` must go with it, just as
 * when `deactivate system host-name` marks `host-name` itself. Set files are exempt from the climb:
 * there every word of `set system services ssh root-login deny` shares one line, and deactivating
 * `root-login` must leave `ssh` (a statement of its own, with meaning) in place.
 *
 * Inactive groups and inactive `apply-groups` disappear here, so they never take part in inheritance.
 * Returns the input itself when nothing is inactive (nothing is ever mutated).
 */
export function pruneInactive(root: ConfigNode): ConfigNode {
  if (!containsInactive(root)) return root;
  return copyActive(root, undefined) ?? copyShallow(root, undefined);
}

function containsInactive(node: ConfigNode): boolean {
  if (node.inactive === true) return true;
  for (const child of node.children) if (containsInactive(child)) return true;
  return false;
}

/** True when a node left without children should go because the statement that made it was pruned. */
function diesWithChild(node: ConfigNode, pruned: ConfigNode): boolean {
  return node.source === pruned.source && node.line === pruned.line && node.source.format !== "set";
}

/**
 * Copies the active part of `node` below `parent`. Returns undefined (and attaches nothing) when the
 * node lost all its children to pruning and shares its statement with one of them.
 */
function copyActive(node: ConfigNode, parent: ConfigNode | undefined): ConfigNode | undefined {
  const copy = copyShallow(node, undefined);
  let sharesPrunedStatement = false;
  for (const child of node.children) {
    const kept = child.inactive === true ? undefined : copyActive(child, copy);
    if (kept === undefined && diesWithChild(node, child)) sharesPrunedStatement = true;
  }
  if (parent !== undefined && copy.children.length === 0 && sharesPrunedStatement) return undefined;
  if (parent !== undefined) {
    copy.parent = parent;
    parent.children.push(copy);
  }
  return copy;
}

/** The groups under `[edit groups]` that are inactive (all of them when `groups` itself is). */
export function inactiveGroupNames(root: ConfigNode): Set<string> {
  const names = new Set<string>();
  for (const top of root.children) {
    if (top.name !== "groups") continue;
    for (const group of top.children) if (top.inactive === true || group.inactive === true) names.add(group.name);
  }
  return names;
}
