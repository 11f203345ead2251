/**
 * Where a finding points (CONTRACT.md "location"): the node it names, or the nearest existing
 * ancestor of its path; inherited nodes also name the `apply-groups` statement that brought them in.
 */
import { nearestExisting, type ConfigNode } from "../model/config-tree.js";
import type { Inherited, Location } from "../model/report.js";
import type { Finding } from "./types.js";

export interface Placement {
  location?: Location | undefined;
  inherited?: Inherited | undefined;
}

export function placeNode(node: ConfigNode): Placement {
  const location: Location = { uri: node.source.uri, startLine: node.line };
  if (node.inherited === undefined) return { location };
  const { group, applyLine, applySource } = node.inherited;
  return { location, inherited: { group, applyGroups: { uri: applySource.uri, startLine: applyLine } } };
}

/**
 * The node a finding is about: `at` when given; otherwise the deepest existing node along its path.
 * A not-applicable finding without `at` is about something absent: nothing in the config to point at.
 */
export function locateFinding(config: ConfigNode, finding: Finding): Placement {
  if (finding.at !== undefined) return placeNode(finding.at);
  if (finding.status === "not-applicable") return {};
  const nearest = nearestExisting(config, finding.path);
  return nearest === config ? {} : placeNode(nearest);
}
