/**
 * Deep-freezes a configuration tree so that a rule which mutates it throws (and the engine turns
 * that into an `error` result). Name indexes are built first: `childNamed` caches one lazily on
 * nodes with many children, and a frozen node could not take it later.
 * Iterative (an explicit stack): no recursion on input depth.
 */
import { childNamed, type ConfigNode } from "../model/config-tree.js";

export function freezeTree(root: ConfigNode): ConfigNode {
  const stack: ConfigNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (Object.isFrozen(node)) continue;
    if (node.children.length > 0) childNamed(node, "\u0000");
    Object.freeze(node.source);
    if (node.inherited !== undefined) {
      Object.freeze(node.inherited.applySource);
      Object.freeze(node.inherited);
    }
    Object.freeze(node.children);
    Object.freeze(node);
    for (const child of node.children) stack.push(child);
  }
  return root;
}
