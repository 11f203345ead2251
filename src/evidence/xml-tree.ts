/**
 * A small element tree from sax: local names (namespace prefixes dropped), attributes by local
 * name, trimmed text and the 1-based line of each start tag. Built with an explicit stack and
 * bounded by MAX_DEPTH, so deep input cannot exhaust the call stack.
 */
import sax from "sax";
import { MAX_DEPTH } from "../model/config-tree.js";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export type XmlTreeResult = { root: XmlElement } | { error: string; line: number };

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

export function parseXmlTree(text: string): XmlTreeResult {
  const parser = sax.parser(true, { position: true, trim: false });
  const document: XmlElement = { name: "#document", attributes: {}, children: [], text: "", line: 1 };
  const stack: XmlElement[] = [document];
  let failure: { error: string; line: number } | undefined;

  parser.onopentag = (tag) => {
    if (stack.length > MAX_DEPTH) throw new Error(`elements nested deeper than ${MAX_DEPTH} levels`);
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) {
      attributes[localName(key)] = typeof value === "string" ? value : value.value;
    }
    const element: XmlElement = { name: localName(tag.name), attributes, children: [], text: "", line: parser.line + 1 };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => {
    const element = stack.pop();
    if (element !== undefined) element.text = element.text.trim();
  };
  const addText = (chunk: string) => {
    const current = stack[stack.length - 1];
    if (current !== undefined && current !== document) current.text += chunk;
  };
  parser.ontext = addText;
  parser.oncdata = addText;

  try {
    parser.write(text).close();
  } catch (error) {
    failure = { error: (error as Error).message.split("\n")[0] ?? "XML error", line: parser.line + 1 };
  }
  return failure ?? { root: document };
}

/** Every element (document order) whose name is in `names`, found without recursion. */
export function findAll(root: XmlElement, names: ReadonlySet<string>): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [root];
  while (pending.length > 0) {
    const element = pending.pop();
    if (element === undefined) break;
    if (names.has(element.name)) found.push(element);
    for (let index = element.children.length - 1; index >= 0; index--) {
      const child = element.children[index];
      if (child !== undefined) pending.push(child);
    }
  }
  return found;
}

export function child(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return element?.children.find((candidate) => names.includes(candidate.name));
}

export function childText(element: XmlElement | undefined, ...names: string[]): string | undefined {
  const found = child(element, ...names);
  return found === undefined || found.text === "" ? undefined : found.text;
}

/** Text of every descendant named `name` (document order). */
export function textsOf(element: XmlElement | undefined, name: string): string[] {
  if (element === undefined) return [];
  return findAll(element, new Set([name])).map((found) => found.text).filter((text) => text !== "");
}
