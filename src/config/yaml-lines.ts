import { isMap, isScalar, type Document, type LineCounter, type Node } from "yaml";

/** "/waivers/0/expires" → ["waivers", 0, "expires"] (JSON pointer, ajv's instancePath). */
export function pointerKeys(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => raw.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/** ["waivers", 0, "expires"] → "waivers[0].expires". */
export function displayKey(keys: readonly (string | number)[]): string {
  return keys.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key), "");
}

function lineOfOffset(counter: LineCounter, offset: number | undefined): number | undefined {
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

/**
 * The line of the value at `keys`; with `childKey`, the line of that key inside the mapping; when the
 * value does not exist, the line of its nearest existing parent.
 */
export function lineOf(doc: Document, counter: LineCounter, keys: readonly (string | number)[], childKey?: string): number | undefined {
  for (let depth = keys.length; depth >= 0; depth -= 1) {
    const node = doc.getIn(keys.slice(0, depth), true) as Node | undefined;
    if (node === undefined || node === null) continue;
    if (childKey !== undefined && depth === keys.length && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === childKey);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return lineOfOffset(counter, keyNode.range[0]);
    }
    if (node.range) return lineOfOffset(counter, node.range[0]);
  }
  return doc.contents?.range ? lineOfOffset(counter, doc.contents.range[0]) : 1;
}
