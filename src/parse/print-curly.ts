/**
 * The word tree as curly text (4-space indent). A chain of single children that ends in a leaf
 * prints as one statement (`host-name r1;`), `keyword value {` opens a named block (`unit 0 {`),
 * leaf-lists print as `[ a b ]`, marks as `inactive:` / `protect:` prefixes and annotations as
 * a `/* … *\/` line before their statement.
 */
import type { ConfigNode } from "../model/config-tree.js";
import { isLeafList } from "../model/schema.js";
import { quoteToken } from "./text-quote.js";

interface Frame {
  node: ConfigNode;
  next: number;
  indent: string;
}

export function toCurly(root: ConfigNode): string {
  const out: string[] = [];
  const stack: Frame[] = [{ node: root, next: 0, indent: "" }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.node.children[top.next++];
    if (child === undefined) {
      stack.pop();
      if (stack.length > 0) out.push(`${stack[stack.length - 1]!.indent}}`);
      continue;
    }
    const chain = chainFrom(child, top.node === root);
    const last = chain[chain.length - 1]!;
    const words = chain.map((n, i) => quoteToken(n.name, i === 0)).join(" ");
    if (last.comment !== undefined) out.push(`${top.indent}/* ${last.comment.replace(/\*\//g, "* /")} */`);
    const head = `${top.indent}${marks(last)}${words}`;
    if (last.children.length === 0) out.push(`${head};`);
    else if (isPlainList(last, chain)) out.push(`${head} [ ${last.children.map((c) => quoteToken(c.name, false)).join(" ")} ];`);
    else {
      out.push(`${head} {`);
      stack.push({ node: last, next: 0, indent: `${top.indent}    ` });
    }
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

/** The words of the statement starting at `node`: through unmarked single children. */
function chainFrom(node: ConfigNode, atRoot: boolean): ConfigNode[] {
  const chain = [node];
  let cur = node;
  while (cur.children.length === 1 && !isMarked(cur)) {
    cur = cur.children[0]!;
    chain.push(cur);
  }
  if (cur.children.length === 0 && !(atRoot && chain.length > 2)) return chain;
  // A block: open it on `keyword` or on `keyword value` (`unit 0 {`), not on a long chain.
  const headLength = chain.length >= 2 && !atRoot ? 2 : 1;
  return chain.slice(0, Math.min(headLength, chain.length));
}

function isMarked(node: ConfigNode): boolean {
  return node.inactive === true || node.protect === true || node.comment !== undefined;
}

function isPlainList(node: ConfigNode, chain: readonly ConfigNode[]): boolean {
  if (node.children.length < 2) return false;
  for (const c of node.children) if (c.children.length > 0 || isMarked(c)) return false;
  const parent = chain.length >= 2 ? chain[chain.length - 2]!.name : node.parent?.name;
  return isLeafList(node.name, parent);
}

function marks(node: ConfigNode): string {
  return `${node.inactive === true ? "inactive: " : ""}${node.protect === true ? "protect: " : ""}`;
}
