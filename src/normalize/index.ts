import type { ConfigNode } from "../model/config-tree.js";
import type { Diagnostic } from "../model/diagnostics.js";
import { inheritGroupsInPlace } from "./apply-groups.js";
import { pruneNodesInPlace } from "./prune-in-place.js";
import { copyForInheritance, inactiveGroupNames } from "./prune-inactive.js";

export interface NormalizeResult {
  /** The effective configuration: groups applied, inactive statements removed, `groups` dropped. */
  root: ConfigNode;
  diagnostics: Diagnostic[];
}

/**
 * The raw tree of a parser → the effective configuration, as the device's daemons see it. Named
 * passes, in Batfish's order:
 *   1. prune what inheritance must not see: inactive group content, inactive groups and inactive
 *      `apply-groups` (this pass makes the private copy; the input is never changed);
 *   2. apply configuration groups (in place on that copy), consuming `groups`, `apply-groups` and
 *      `apply-groups-except`: this is also where they are dropped (dropGroups does the same for
 *      trees that skip inheritance);
 *   3. prune every inactive statement, with what groups brought below it.
 * Pass 1 notes the inactive statements and the paths to `apply-groups` it copies, so passes 2 and 3
 * touch only those parts instead of walking the whole tree again. It copies only what passes 2 and
 * 3 may change; pass 2 copies a shared node before group content reaches it. So the result shares
 * the input's untouched subtrees (their `parent` is the input's node of the same word, line and
 * source): the input is never changed, and the pipeline neither keeps the raw tree nor changes the
 * effective one. Each pass also exists as a pure
 * function (pruneInactive, applyGroups, dropGroups), which the golden tests use.
 */
export function normalize(root: ConfigNode): NormalizeResult {
  const copy = copyForInheritance(root);
  const diagnostics = inheritGroupsInPlace(copy.root, inactiveGroupNames(root), copy.leadsToGroupStatement);
  pruneNodesInPlace(copy.inactive);
  return { root: copy.root, diagnostics };
}

export { applyGroups } from "./apply-groups.js";
export { dropGroups } from "./drop-groups.js";
export { pruneInactive } from "./prune-inactive.js";
