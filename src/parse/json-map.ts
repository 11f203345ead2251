/**
 * The `configuration` object of Junos `display json` → the word tree. Same mapping as XML (member
 * names are the XML element names, see xml-keywords.ts):
 * - `"host-name": "r1"` leaf; `"ssh": [null]` empty statement; `"cipher-list": ["a", "b"]` leaf-list;
 * - `"system": {…}` container; `"user": [{"name": "bob", …}]` list entries;
 * - attributes: `"@": {…}` inside an object applies to that object's statement, a sibling
 *   `"@host-name": {…}` to the leaf `host-name`, `"@cipher-list": [{…}, null]` per value.
 * Iterative: objects waiting to be read sit on an explicit stack.
 */
import { childNamed, MAX_DEPTH, type ConfigNode, type SourceFile } from "../model/config-tree.js";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";
import { isLeafList } from "../model/schema.js";
import type { JsonMember, JsonValue } from "./json-syntax.js";
import { entryWords, isImplicitLeaf, isTransparent, listShape, type KeyField } from "./xml-keywords.js";
import { annotationText, applyMarks, placeWords, type Marks } from "./xml-statement.js";

type JsonObject = Extract<JsonValue, { kind: "object" }>;

interface Pending {
  object: JsonObject;
  host: ConfigNode;
  /** The member name that shapes the children's words. */
  element: string;
  depth: number;
  /** Members already used as list keys. */
  skip: ReadonlySet<JsonMember>;
}

export class JsonConfigMapper {
  private readonly pending: Pending[] = [];
  private depthReported = false;

  constructor(
    private readonly source: SourceFile,
    private readonly diagnostics: Diagnostic[],
  ) {}

  map(configuration: JsonObject, root: ConfigNode): void {
    this.pending.push({ object: configuration, host: root, element: "configuration", depth: 0, skip: new Set() });
    for (let item = this.pending.pop(); item !== undefined; item = this.pending.pop()) this.readObject(item);
  }

  private readObject(item: Pending): void {
    const attributes = new Map<string, JsonValue>();
    for (const m of item.object.members) if (m.key.length > 1 && m.key.startsWith("@")) attributes.set(m.key.slice(1), m.value);
    for (const member of item.object.members) {
      if (member.key.startsWith("@") || item.skip.has(member)) continue;
      this.readMember(item, member, attributes.get(member.key));
    }
  }

  private readMember(item: Pending, member: JsonMember, attributes: JsonValue | undefined): void {
    const { key, value, line } = member;
    if (value.kind === "object") {
      if (isTransparent(key)) {
        this.pending.push({ ...item, object: value, skip: new Set() });
        return;
      }
      const marks = { ...marksOf(attributes), ...marksOf(ownAttributes(value)) };
      const host = this.place(item, [key], line, marks, 0);
      if (host !== undefined) this.pending.push({ object: value, host, element: key, depth: item.depth + 1, skip: new Set() });
    } else if (value.kind === "scalar") {
      this.readScalar(item, key, value.value, line, marksOf(attributes));
    } else if (attributes?.kind === "object" && value.items.every((v) => v.kind === "scalar")) {
      // `"@authentication-order": {…}` on a leaf-list (or `[null]`) is about the statement: the keyword.
      this.place(item, [key], line, marksOf(attributes), 0);
      for (const entry of value.items) this.readArrayItem(item, key, line, entry, {});
    } else {
      value.items.forEach((entry, i) => this.readArrayItem(item, key, line, entry, positional(attributes, i, value.items.length)));
    }
  }

  /** `"host-name": "r1"`, `"ssh": null`: a leaf or an empty statement. */
  private readScalar(item: Pending, key: string, value: string | boolean | null, line: number, marks: Marks): void {
    if (value === null || value === true) {
      this.place(item, [key], line, marks, 0);
    } else if (isImplicitLeaf(key, item.element)) {
      this.place(item, [String(value)], line, marks, 0);
    } else {
      const keyword = childNamed(item.host, key);
      const valueIsTarget = isLeafList(key, item.element) || (keyword !== undefined && keyword.children.length > 0);
      this.place(item, [key, String(value)], line, marks, valueIsTarget ? 1 : 0);
    }
  }

  /** One item of `"key": [ … ]`: `null` (empty statement), a value of a leaf-list, or a list entry. */
  private readArrayItem(item: Pending, key: string, keyLine: number, entry: JsonValue, marks: Marks): void {
    if (entry.kind === "scalar") {
      if (entry.value === null) this.place(item, [key], keyLine, marks, 0);
      else this.readScalar(item, key, entry.value, keyLine, marks);
      return;
    }
    if (entry.kind === "array") {
      this.diagnostics.push(diagnostic("warning", "parse/json-shape", `"${key}" holds an array inside an array; expected values or objects; ignored`, this.source.uri, entry.line));
      return;
    }
    const keys = listKeys(entry, key, item.element);
    const entryMarks = { ...marks, ...marksOf(ownAttributes(entry)) };
    const shape = listShape(key, item.element);
    const words = keys.values.length > 0 ? entryWords(key, shape, keys.values) : [key];
    // The keyword sits on the key's line, the entry's words on the line of its name.
    const keywordFirst = keys.values.length === 0 || !shape.implicitKeyword;
    const lines = words.map((_w, i) => (i === 0 && keywordFirst ? keyLine : (keys.line ?? keyLine)));
    const host = this.place(item, words, lines, entryMarks, words.length - 1);
    if (host !== undefined) this.pending.push({ object: entry, host, element: key, depth: item.depth + words.length, skip: keys.used });
  }

  /** Places words below the item's host; attributes go to word `targetIndex`. Undefined when too deep. */
  private place(item: Pending, words: readonly string[], lines: number | readonly number[], marks: Marks, targetIndex: number): ConfigNode | undefined {
    const line = typeof lines === "number" ? lines : (lines[targetIndex] ?? 1);
    if (item.depth + words.length > MAX_DEPTH) {
      if (!this.depthReported) this.diagnostics.push(diagnostic("error", "parse/too-deep", `configuration nested deeper than ${MAX_DEPTH} levels at "${words[0] ?? ""}"; the deeper part is ignored`, this.source.uri, line));
      this.depthReported = true;
      return undefined;
    }
    const placed = placeWords(item.host, words, lines, this.source);
    applyMarks(placed.nodes[targetIndex]!, placed, marks, line, this.source);
    return placed.nodes[placed.nodes.length - 1];
  }
}

/** The list keys of an array entry (`"name": "bob"`), in the order the list shape gives them. */
function listKeys(entry: JsonObject, key: string, parent: string) {
  const values: Array<{ field: KeyField; value: string }> = [];
  const used = new Set<JsonMember>();
  let line: number | undefined;
  for (const field of listShape(key, parent).keys) {
    const member = entry.members.find((m) => m.key === field.element && m.value.kind === "scalar" && m.value.value !== null);
    if (member === undefined) {
      if (values.length === 0) break;
      continue;
    }
    values.push({ field, value: String((member.value as { value: unknown }).value) });
    used.add(member);
    line ??= member.line;
  }
  return { values, used, line };
}

function ownAttributes(object: JsonObject): JsonValue | undefined {
  return object.members.find((m) => m.key === "@")?.value;
}

/** `"@cipher-list": [{…}, null]`: the attributes of value `i` (an object applies to all). */
function positional(attributes: JsonValue | undefined, i: number, count: number): Marks {
  if (attributes?.kind === "array") return marksOf(attributes.items.length === count ? attributes.items[i] : undefined);
  return marksOf(attributes);
}

/** `{"inactive": true, "protect": true, "junos:comment": "/* x *\/", "junos:group": "G"}` → marks. */
export function marksOf(attributes: JsonValue | undefined): Marks {
  const marks: Marks = {};
  if (attributes?.kind !== "object") return marks;
  for (const { key, value } of attributes.members) {
    if (value.kind !== "scalar") continue;
    const name = key.slice(key.lastIndexOf(":") + 1);
    const v = value.value;
    if (name === "inactive" && (v === true || v === "inactive" || v === "true")) marks.inactive = true;
    else if (name === "protect" && (v === true || v === "protect" || v === "true")) marks.protect = true;
    else if (name === "comment" && typeof v === "string") marks.comment = annotationText(v);
    else if (name === "group" && typeof v === "string" && v !== "") marks.group = v;
  }
  return marks;
}
