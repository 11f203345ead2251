/**
 * The parse benchmark's trees as `display xml` and `display json` text, so that every format is
 * timed on the same configurations. Junos' own element names need its schema; this uses the
 * generic mapping the parsers accept for any statement: a word that is a valid element name is an
 * element; a value with statements below it is a list entry keyed by `<name>` under its keyword's
 * element (`<user><name>ops1</name>…</user>`); a value without is its keyword's text
 * (`<host-name>r1</host-name>`, repeated for leaf-lists). The bench checks that the parsers read
 * the result without an error.
 */
import type { ConfigNode } from "../model/config-tree.js";

/** An element of the XML form; JSON is printed from the same elements. */
interface Element {
  name: string;
  inactive: boolean;
  text?: string;
  children: Element[];
}

const ELEMENT_NAME = /^[A-Za-z_][\w.-]*$/;

/** Lists keyed by another element than `<name>` (src/parse/xml-keywords.ts). */
const KEY_ELEMENT: Readonly<Record<string, string>> = { "route-filter": "address", "source-address-filter": "address" };

/**
 * The elements below `node` as the XML form writes them: a keyword whose words are values is not
 * an element of its own; its values are elements named after it.
 */
function statementsOf(node: ConfigNode): Element[] {
  const out: Element[] = [];
  for (const child of node.children) {
    if (!ELEMENT_NAME.test(child.name)) continue; // a value: written by its keyword
    const values = child.children.filter((c) => !ELEMENT_NAME.test(c.name));
    const keywords = child.children.filter((c) => ELEMENT_NAME.test(c.name));
    if (values.length === 0 || keywords.length > 0) {
      out.push({ name: child.name, inactive: child.inactive === true, children: statementsOf(child) });
    }
    for (const value of values) {
      const inactive = child.inactive === true || value.inactive === true;
      if (value.children.length === 0) out.push({ name: child.name, inactive, text: value.name, children: [] });
      else {
        const key: Element = { name: KEY_ELEMENT[child.name] ?? "name", inactive: false, text: value.name, children: [] };
        out.push({ name: child.name, inactive, children: [key, ...statementsOf(value)] });
      }
    }
  }
  return out;
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function writeXml(el: Element, indent: string, out: string[]): void {
  const open = `${indent}<${el.name}${el.inactive ? ' inactive="inactive"' : ""}`;
  if (el.text !== undefined) out.push(`${open}>${escapeXml(el.text)}</${el.name}>`);
  else if (el.children.length === 0) out.push(`${open}/>`);
  else {
    out.push(`${open}>`);
    for (const c of el.children) writeXml(c, `${indent}    `, out);
    out.push(`${indent}</${el.name}>`);
  }
}

/** `show configuration | display xml` of the tree. */
export function toXml(root: ConfigNode): string {
  const out = ['<rpc-reply xmlns:junos="http://xml.juniper.net/junos/23.4R2/junos">', '<configuration junos:changed-seconds="1700000000" junos:changed-localtime="2023-11-14 22:13:20 UTC">'];
  for (const el of statementsOf(root)) writeXml(el, "    ", out);
  out.push("</configuration>", "</rpc-reply>", "");
  return out.join("\n");
}

/** The JSON value of one element's content: text, `[null]` when empty, else an object of members. */
function jsonContent(el: Element): unknown {
  if (el.text !== undefined) return el.text;
  if (el.children.length === 0) return [null];
  const members: Record<string, unknown[]> = {};
  for (const c of el.children) (members[c.name] ??= []).push(c);
  const obj: Record<string, unknown> = {};
  if (el.inactive) obj["@"] = { inactive: true };
  for (const [name, list] of Object.entries(members)) {
    const values = (list as Element[]).map(jsonContent);
    const listEntry = (list as Element[])[0]!.children[0]?.text !== undefined;
    obj[name] = values.length === 1 && !listEntry ? values[0] : values;
  }
  return obj;
}

/** `show configuration | display json` of the tree. */
export function toJunosJson(root: ConfigNode): string {
  const top: Element = { name: "configuration", inactive: false, children: statementsOf(root) };
  return `${JSON.stringify({ configuration: jsonContent(top) }, null, 4)}\n`;
}
