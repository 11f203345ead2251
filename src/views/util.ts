/**
 * Small readers shared by the views: a statement with one value, and the values of a leaf-list,
 * each with the node whose line a result should point at.
 */
import { childNamed, type ConfigNode } from "../model/config-tree.js";

/** A statement with one value: `server-certificate rest-cert` → { value: "rest-cert", node: <server-certificate> }. */
export interface Leaf {
  value: string;
  /** The keyword node (its line is the statement's line). */
  node: ConfigNode;
}

/** `keyword value` below `parent`; a keyword without a value reads as the empty string. */
export function leafOf(parent: ConfigNode | undefined, keyword: string): Leaf | undefined {
  const node = parent === undefined ? undefined : childNamed(parent, keyword);
  if (node === undefined) return undefined;
  return { value: node.children[0]?.name ?? "", node };
}

/**
 * The values of a leaf-list (`cipher-list [ a b ]`), each with its own value node: in set files
 * every value has the line of the `set` command that added it.
 */
export function leafValues(parent: ConfigNode | undefined, keyword: string): Leaf[] {
  const node = parent === undefined ? undefined : childNamed(parent, keyword);
  return (node?.children ?? []).map((v) => ({ value: v.name, node: v }));
}

/** A named entry of a list (`ca-profile CORP { … }` → { name: "CORP", node }). */
export interface Named {
  name: string;
  node: ConfigNode;
}

/** The entries of a keyed list below `parent` (`ca-profile A …`, `ca-profile B …`). */
export function entriesOf(parent: ConfigNode | undefined, keyword: string): Named[] {
  const node = parent === undefined ? undefined : childNamed(parent, keyword);
  return (node?.children ?? []).map((c) => ({ name: c.name, node: c }));
}

/** "a", "a and b", "a, b and c" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]!}`;
}
