/**
 * The word tree as `display set` lines: depth-first, children in order, one `set` per leaf path,
 * then `deactivate <path>` / `protect <path>` right after the lines of a marked node's subtree.
 * Annotations are not part of `display set`; pass `{ annotations: true }` to get `annotate` lines.
 */
import type { ConfigNode } from "../model/config-tree.js";
import { quoteToken } from "./text-quote.js";

export interface SetPrintOptions {
  annotations?: boolean;
}

interface Frame {
  node: ConfigNode;
  next: number;
}

export function toSetLines(root: ConfigNode, options: SetPrintOptions = {}): string[] {
  const lines: string[] = [];
  const path: string[] = [];
  const stack: Frame[] = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.node.children[top.next++];
    if (child !== undefined) {
      path.push(quoteToken(child.name, false));
      if (child.children.length === 0) lines.push(`set ${path.join(" ")}`);
      stack.push({ node: child, next: 0 });
      continue;
    }
    stack.pop();
    if (stack.length === 0) break;
    const node = top.node;
    const at = path.join(" ");
    if (node.inactive === true) lines.push(`deactivate ${at}`);
    if (node.protect === true) lines.push(`protect ${at}`);
    if (options.annotations === true && node.comment !== undefined) lines.push(`annotate ${at} ${quoteAlways(node.comment)}`);
    path.pop();
  }
  return lines;
}

function quoteAlways(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
