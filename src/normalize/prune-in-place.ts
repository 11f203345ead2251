import type { ConfigNode } from "../model/config-tree.js";
import { diesWithChild } from "./prune-inactive.js";

/*
 * The after-inheritance pruning (pass 3) on a tree normalize owns: the same rules as
 * pruneInactive (prune-inactive.ts), applied in place, so that the large tree is not copied twice.
 */

/**
 * The after-inheritance pass on normalize's copy: removes the given inactive statements (from
 * `copyForInheritance`) in place, with the same-statement ancestors they leave empty.
 */
export function pruneNodesInPlace(inactive: readonly ConfigNode[]): void {
  const emptiedBySameStatement = new Set<ConfigNode>();
  for (const node of inactive) {
    let doomed: ConfigNode = node;
    for (let parent = doomed.parent; parent !== undefined; parent = doomed.parent) {
      const i = parent.children.indexOf(doomed);
      if (i < 0) break; // already gone with an ancestor
      parent.children.splice(i, 1);
      parent.index = undefined;
      if (diesWithChild(parent, doomed)) emptiedBySameStatement.add(parent);
      if (parent.children.length > 0 || !emptiedBySameStatement.has(parent) || parent.parent === undefined) break;
      doomed = parent;
    }
  }
}

/** The after-inheritance pass, on a tree the caller owns: removes every inactive statement in place. */
export function pruneInactiveInPlace(root: ConfigNode): void {
  pruneBelow(root);
}

/** Prunes below `node`; true when `node` itself must go (emptied by its own statement). */
function pruneBelow(node: ConfigNode): boolean {
  const kids = node.children;
  let kept = 0;
  let sharesPrunedStatement = false;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    if (child.inactive === true || pruneBelow(child)) {
      if (diesWithChild(node, child)) sharesPrunedStatement = true;
      continue;
    }
    kids[kept++] = child;
  }
  if (kept === kids.length) return false;
  kids.length = kept;
  node.index = undefined;
  return kept === 0 && sharesPrunedStatement && node.parent !== undefined;
}
