import type { ConfigNode } from "../model/config-tree.js";
import type { Diagnostic } from "../model/diagnostics.js";
import { inheritGroupsInPlace } from "./apply-groups.js";
import { copyTree } from "./copy-node.js";
import { pruneNodesInPlace } from "./prune-in-place.js";
import { inactiveGroupNames, prepareForInheritance } from "./prune-inactive.js";

export interface NormalizeResult {
  /** The effective configuration: groups applied, inactive statements removed, `groups` dropped. */
  root: ConfigNode;
  diagnostics: Diagnostic[];
}

/**
 * The raw tree of a parser → the effective configuration, as the device's daemons see it. Named
 * passes, in Batfish's order:
 *   1. prune what inheritance must not see: inactive group content, inactive groups and inactive
 *      `apply-groups` (prepareForInheritance);
 *   2. apply configuration groups, consuming `groups`, `apply-groups` and `apply-groups-except`:
 *      this is also where they are dropped (dropGroups does the same for trees that skip
 *      inheritance);
 *   3. prune every inactive statement, with what groups brought below it.
 * Pass 1 notes the inactive statements and the paths to `apply-groups`, so passes 2 and 3 touch
 * only those parts instead of walking the whole tree again.
 *
 * The pipeline owns the parser's tree and keeps only the effective one, so it normalizes in place
 * (`normalizeInPlace`): copying a large tree costs more than everything else normalization does.
 * `normalize` is the pure form, for callers that keep the raw tree. Each pass also exists as a pure
 * function (pruneInactive, applyGroups, dropGroups), which the golden tests use.
 */
export function normalizeInPlace(root: ConfigNode): NormalizeResult {
  const inactiveGroups = inactiveGroupNames(root);
  const prepared = prepareForInheritance(root);
  const diagnostics = inheritGroupsInPlace(root, inactiveGroups, prepared.leadsToGroupStatement);
  pruneNodesInPlace(prepared.inactive);
  return { root, diagnostics };
}

/** Pure: `normalizeInPlace` on a copy; the input is never changed. */
export function normalize(root: ConfigNode): NormalizeResult {
  return normalizeInPlace(copyTree(root, undefined, () => true));
}

export { applyGroups } from "./apply-groups.js";
export { dropGroups } from "./drop-groups.js";
export { pruneInactive } from "./prune-inactive.js";
