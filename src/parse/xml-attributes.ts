/**
 * Element and attribute names in Junos XML, with or without namespace prefixes
 * (`nc:rpc-reply`, `junos:comment`, `jcmd:inactive`): everything is matched on the local name.
 */
import type { Marks } from "./xml-statement.js";

export function localName(qname: string): string {
  const colon = qname.lastIndexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

export function prefixOf(qname: string): string | undefined {
  const colon = qname.lastIndexOf(":");
  return colon < 0 ? undefined : qname.slice(0, colon);
}

/** What an element's attributes say about its statement. Unknown attributes are ignored. */
export function marksFromAttributes(attributes: Readonly<Record<string, string>>): Marks {
  const marks: Marks = {};
  for (const [qname, value] of Object.entries(attributes)) {
    switch (localName(qname)) {
      case "inactive":
        if (value === "inactive" || value === "true") marks.inactive = true;
        break;
      case "protect":
        if (value === "protect" || value === "true") marks.protect = true;
        break;
      case "group":
        if (value !== "") marks.group = value;
        break;
      default:
        break;
    }
  }
  return marks;
}

/** NETCONF / load edit operations (`operation="delete"`, `delete="delete"`): not representable in a shown configuration. */
export function editOperation(attributes: Readonly<Record<string, string>>): string | undefined {
  for (const [qname, value] of Object.entries(attributes)) {
    const name = localName(qname);
    if (name === "operation" && (value === "delete" || value === "remove")) return value;
    if (name === "delete" && value === "delete") return "delete";
  }
  return undefined;
}
