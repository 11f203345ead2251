/** Test helpers for the XML/JSON parser tests: a tree as readable lines. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { find, type ConfigNode } from "../../src/model/config-tree.js";

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/parse-xml/${name}`, import.meta.url)), "utf8");
}

/** Every node as "path words" (preorder), without lines: the shape of the tree. */
export function paths(root: ConfigNode | undefined): string[] {
  const out: string[] = [];
  const walk = (node: ConfigNode, prefix: string): void => {
    for (const child of node.children) {
      const path = prefix === "" ? child.name : `${prefix} ${child.name}`;
      out.push(path);
      walk(child, path);
    }
  };
  if (root !== undefined) walk(root, "");
  return out;
}

/** The node at a space-separated path (words must not contain spaces), failing loudly when absent. */
export function at(root: ConfigNode | undefined, path: string | readonly string[]): ConfigNode {
  const words = typeof path === "string" ? path.split(" ") : path;
  const node = root === undefined ? undefined : find(root, words);
  if (node === undefined) throw new Error(`no node at "${words.join(" ")}"`);
  return node;
}

/** Paths of the nodes carrying a flag. */
export function flagged(root: ConfigNode | undefined, flag: "inactive" | "protect"): string[] {
  const out: string[] = [];
  const walk = (node: ConfigNode, prefix: string): void => {
    for (const child of node.children) {
      const path = prefix === "" ? child.name : `${prefix} ${child.name}`;
      if (child[flag] === true) out.push(path);
      walk(child, path);
    }
  };
  if (root !== undefined) walk(root, "");
  return out;
}
