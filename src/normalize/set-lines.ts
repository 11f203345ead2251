import { formatPath, type ConfigNode } from "../model/config-tree.js";

export interface SetLineOptions {
  /** Append `## inherited from group 'G' (apply-groups at file:line)` to inherited lines. */
  provenance?: boolean;
}

function provenanceOf(node: ConfigNode): string {
  const via = node.inherited;
  return via === undefined ? "" : ` ## inherited from group '${via.group}' (apply-groups at ${via.applySource.uri}:${via.applyLine})`;
}

/**
 * The tree as `display set` lines: one `set` line per leaf word, in tree order, plus a
 * `deactivate` line for every inactive node. The golden format of the normalizer tests.
 */
export function toSetLines(root: ConfigNode, options: SetLineOptions = {}): string[] {
  const lines: string[] = [];
  const deactivated: string[] = [];
  const path: string[] = [];
  const visit = (node: ConfigNode): void => {
    path.push(node.name);
    if (node.inactive === true) deactivated.push(`deactivate ${formatPath(path)}`);
    if (node.children.length === 0) lines.push(`set ${formatPath(path)}${options.provenance === true ? provenanceOf(node) : ""}`);
    for (const child of node.children) visit(child);
    path.pop();
  };
  for (const child of root.children) visit(child);
  return [...lines, ...deactivated];
}
