import type { ConfigNode } from "../model/config-tree.js";
import type { Diagnostic } from "../model/diagnostics.js";

export interface NormalizeResult {
  /** The effective configuration: groups applied, inactive statements removed, `groups` dropped. */
  root: ConfigNode;
  diagnostics: Diagnostic[];
}

// STUB: being written. Replace this whole file.
export function normalize(root: ConfigNode): NormalizeResult {
  return { root, diagnostics: [] };
}
