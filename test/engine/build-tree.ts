/** Hand-built trees for engine tests (independent of the parsers). */
import { createRoot, ensureChild, type ConfigNode, type SourceFile } from "../../src/model/config-tree.js";

export const SOURCE: SourceFile = { uri: "configs/r1.set", format: "set" };

/** One statement per line: line N of `lines` creates its words at line N (like a set file). */
export function treeFromSetLines(lines: readonly string[], source: SourceFile = SOURCE): ConfigNode {
  const root = createRoot(source);
  lines.forEach((line, i) => {
    let node = root;
    for (const word of line.split(" ").slice(1)) node = ensureChild(node, word, i + 1, source);
  });
  return root;
}
