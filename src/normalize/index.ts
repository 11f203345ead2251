import type { ConfigNode } from "../model/config-tree.js";
import type { Diagnostic } from "../model/diagnostics.js";
import { applyGroups } from "./apply-groups.js";
import { dropGroups } from "./drop-groups.js";
import { inactiveGroupNames, pruneInactive } from "./prune-inactive.js";

export interface NormalizeResult {
  /** The effective configuration: groups applied, inactive statements removed, `groups` dropped. */
  root: ConfigNode;
  diagnostics: Diagnostic[];
}

/**
 * The raw tree of a parser → the effective configuration, as the device's daemons see it. Named
 * passes, each pure (the input is never changed; the result is a new tree):
 *   1. prune inactive statements (inactive group content never inherits),
 *   2. apply configuration groups,
 *   3. prune inactive statements again (inheritance copies flags of nothing inactive today, but a
 *      pass that cannot hurt keeps the order of Batfish's preprocessing),
 *   4. drop `groups`, `apply-groups` and `apply-groups-except`.
 */
export function normalize(root: ConfigNode): NormalizeResult {
  const active = pruneInactive(root);
  const inherited = applyGroups(active, inactiveGroupNames(root));
  const effective = dropGroups(pruneInactive(inherited.root));
  return { root: effective, diagnostics: inherited.diagnostics };
}

export { applyGroups } from "./apply-groups.js";
export { dropGroups } from "./drop-groups.js";
export { pruneInactive } from "./prune-inactive.js";
