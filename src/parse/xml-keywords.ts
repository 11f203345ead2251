/**
 * Where Junos XML/JSON element names differ from the words of the curly/set form.
 *
 * The generic mapping (research §3.1) is: an element whose first child is `<name>` is a list entry
 * (`<user><name>bob</name>` → `user bob`). A few lists print differently in the CLI, and the word
 * tree must equal what the curly parser gives for the same configuration:
 * - the list keyword is not printed: `<interfaces><interface><name>ge-0/0/0</name>` is
 *   `interfaces ge-0/0/0` (also routing instances, VLANs, bridge domains, syslog contents,
 *   prefix-list items);
 * - the key is not called `<name>`: `<route-filter><address>10/8</address><exact/>` is
 *   `route-filter 10/8 exact`; a security policy context is keyed by two zones and printed
 *   `from-zone A to-zone B`;
 * - a leaf whose keyword is not printed: `<as-path><name>X</name><path>.*</path>` is `as-path X .*`.
 *
 * Shared by the XML and the JSON parsers (JSON member names are the XML element names).
 */

/** One key of a list entry: the child element holding it, and the keyword printed before it. */
export interface KeyField {
  readonly element: string;
  readonly keyword?: string;
}

export interface ListShape {
  /** In order; the first one decides that the element is a list entry, later ones are optional. */
  readonly keys: readonly KeyField[];
  /** The element's own name is not a word of the CLI form (only when a key was found). */
  readonly implicitKeyword: boolean;
}

const BY_NAME: readonly KeyField[] = [{ element: "name" }];
const NAMED_LIST: ListShape = { keys: BY_NAME, implicitKeyword: false };
const IMPLICIT_NAMED_LIST: ListShape = { keys: BY_NAME, implicitKeyword: true };
const NOT_A_LIST: ListShape = { keys: [], implicitKeyword: false };
const ROUTE_FILTER: ListShape = {
  keys: [{ element: "address" }, { element: "choice-ident" }, { element: "choice-value" }],
  implicitKeyword: false,
};

/** Keyed by "parent.element" or by "element" alone (any parent). */
const SHAPES = new Map<string, ListShape>([
  ["interfaces.interface", IMPLICIT_NAMED_LIST],
  ["routing-instances.instance", IMPLICIT_NAMED_LIST],
  ["vlans.vlan", IMPLICIT_NAMED_LIST],
  ["bridge-domains.domain", IMPLICIT_NAMED_LIST],
  ["prefix-list.prefix-list-item", IMPLICIT_NAMED_LIST],
  ["contents", IMPLICIT_NAMED_LIST],
  ["route-filter", ROUTE_FILTER],
  ["source-address-filter", ROUTE_FILTER],
  [
    "prefix-list-filter",
    { keys: [{ element: "list_name" }, { element: "choice-ident" }, { element: "choice-value" }], implicitKeyword: false },
  ],
  [
    "policies.policy",
    {
      keys: [
        { element: "from-zone-name", keyword: "from-zone" },
        { element: "to-zone-name", keyword: "to-zone" },
      ],
      implicitKeyword: true,
    },
  ],
  // `snmp { name "router one"; }` is a leaf called name, not a list of SNMP agents.
  ["configuration.snmp", NOT_A_LIST],
]);

/** Leaves printed without their keyword (the value follows the list key directly). */
const IMPLICIT_LEAVES = new Set<string>(["as-path.path", "address.ip-prefix"]);

/** SHAPES split by parent ("" for any parent), so that lookups build no strings. */
const SHAPES_BY_PARENT = new Map<string, Map<string, ListShape>>();
for (const [key, shape] of SHAPES) {
  const dot = key.indexOf(".");
  const parent = dot < 0 ? "" : key.slice(0, dot);
  const element = dot < 0 ? key : key.slice(dot + 1);
  let byElement = SHAPES_BY_PARENT.get(parent);
  if (byElement === undefined) SHAPES_BY_PARENT.set(parent, (byElement = new Map()));
  byElement.set(element, shape);
}
const ANY_PARENT = SHAPES_BY_PARENT.get("") ?? new Map<string, ListShape>();
const IMPLICIT_LEAF_ELEMENTS = new Set([...IMPLICIT_LEAVES].map((k) => k.slice(k.indexOf(".") + 1)));

/** How the element `element` (child of `parent`) forms a list entry. */
export function listShape(element: string, parent: string): ListShape {
  return SHAPES_BY_PARENT.get(parent)?.get(element) ?? ANY_PARENT.get(element) ?? NAMED_LIST;
}

export function isImplicitLeaf(element: string, parent: string): boolean {
  return IMPLICIT_LEAF_ELEMENTS.has(element) && IMPLICIT_LEAVES.has(`${parent}.${element}`);
}

/** `<undocumented>` wraps statements that the CLI prints like any other: it is not a word. */
export function isTransparent(element: string): boolean {
  return element === "undocumented";
}

/** The words a list entry contributes: its keyword (unless implicit), then each key. */
export function entryWords(element: string, shape: ListShape, keys: ReadonlyArray<{ field: KeyField; value: string }>): string[] {
  const out: string[] = shape.implicitKeyword ? [] : [element];
  for (const k of keys) {
    if (k.field.keyword !== undefined) out.push(k.field.keyword);
    out.push(k.value);
  }
  return out;
}
