import type { ConfigNode } from "../model/config-tree.js";
import { copyShallow, copyTree } from "./copy-node.js";
import { isGroupStatement } from "./plan-children.js";

/**
 * Pass 3: once inherited, `groups` (at the top) and every `apply-groups` / `apply-groups-except`
 * statement leave the effective configuration: the device's daemons never see them. Returns the
 * input itself when there is nothing to drop.
 */
export function dropGroups(root: ConfigNode): ConfigNode {
  if (!root.children.some((c) => c.name === "groups") && !containsGroupStatement(root)) return root;
  const out = copyShallow(root, undefined);
  const keep = (child: ConfigNode): boolean => !isGroupStatement(child.name);
  for (const child of root.children) if (child.name !== "groups" && keep(child)) copyTree(child, out, keep);
  return out;
}

function containsGroupStatement(node: ConfigNode): boolean {
  for (const child of node.children) if (isGroupStatement(child.name) || containsGroupStatement(child)) return true;
  return false;
}
