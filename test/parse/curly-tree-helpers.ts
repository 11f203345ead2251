import type { ConfigNode } from "../../src/model/config-tree.js";

/** A tree as indented lines `name @line [inactive] [protect] /*comment*\/` (for readable assertions). */
export function outline(root: ConfigNode | undefined, withLines = true): string[] {
  const out: string[] = [];
  if (root === undefined) return out;
  const stack: Array<[ConfigNode, number]> = root.children.map((c) => [c, 0] as [ConfigNode, number]).reverse();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    let text = `${"  ".repeat(depth)}${node.name}`;
    if (withLines) text += ` @${node.line}`;
    if (node.inactive === true) text += " [inactive]";
    if (node.protect === true) text += " [protect]";
    if (node.comment !== undefined) text += ` /*${node.comment}*/`;
    out.push(text);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1]);
  }
  return out;
}

/** The tree without lines and sources: what must survive a print → parse round trip. */
export interface Shape {
  name: string;
  inactive: boolean;
  protect: boolean;
  comment: string | undefined;
  children: Shape[];
}

export function shapeOf(node: ConfigNode): Shape {
  return {
    name: node.name,
    inactive: node.inactive === true,
    protect: node.protect === true,
    comment: node.comment,
    children: node.children.map(shapeOf),
  };
}

/** Drops inactive subtrees (what the normalizer will do), for comparing with pre-processed outputs. */
export function withoutInactive(shape: Shape): Shape {
  return { ...shape, children: shape.children.filter((c) => !c.inactive).map(withoutInactive) };
}

/** Every leaf path, as `a b c` strings (a cheap, order-insensitive view of a tree). */
export function leafPaths(node: ConfigNode, prefix: string[] = []): string[] {
  if (node.children.length === 0) return prefix.length === 0 ? [] : [prefix.join(" ")];
  return node.children.flatMap((c) => leafPaths(c, [...prefix, c.name]));
}
