import type { ConfigNode } from "../model/config-tree.js";
import type { Diagnostic } from "../model/diagnostics.js";
import { inheritGroupsInPlace } from "./apply-groups.js";
import { dropGroups } from "./drop-groups.js";
import { copyForInheritance, inactiveGroupNames, pruneInactiveInPlace } from "./prune-inactive.js";

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
 *   2. apply configuration groups (in place on that copy), consuming `groups` and `apply-groups`;
 *   3. prune every inactive statement, with what groups brought below it;
 *   4. drop `groups`, `apply-groups` and `apply-groups-except` (already consumed by 2: a check).
 * Each pass also exists as a pure function (pruneInactive, applyGroups, dropGroups) for tests.
 */
export function normalize(root: ConfigNode): NormalizeResult {
  const tree = copyForInheritance(root);
  const diagnostics = inheritGroupsInPlace(tree, inactiveGroupNames(root));
  pruneInactiveInPlace(tree);
  return { root: dropGroups(tree), diagnostics };
}

export { applyGroups } from "./apply-groups.js";
export { dropGroups } from "./drop-groups.js";
export { pruneInactive } from "./prune-inactive.js";
