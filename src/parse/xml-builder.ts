/**
 * Turns the element events of a Junos XML document into the word tree (research §3.1).
 *
 * Streaming with an explicit stack of open elements (no recursion on input depth). An element
 * cannot be placed when it opens: `<user>` becomes `user bob` only once its first child `<name>`
 * has been read, and `<host-name>` becomes a leaf only when it closes with text. So a statement
 * element waits ("unplaced") until its first non-key child opens (a container or list entry with
 * children) or it closes (a leaf, an empty statement, or a list entry without children).
 */
import { childNamed, createRoot, MAX_DEPTH, type ConfigNode, type SourceFile } from "../model/config-tree.js";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";
import { isLeafList } from "../model/schema.js";
import { editOperation, localName, marksFromAttributes, prefixOf } from "./xml-attributes.js";
import { entryWords, isImplicitLeaf, isTransparent, listShape, type KeyField, type ListShape } from "./xml-keywords.js";
import { createReplyErrors, type ReplyErrors } from "./xml-replies.js";
import { annotationText, applyMarks, placeWords, type Marks } from "./xml-statement.js";

type Role = "outside" | "config" | "statement" | "key" | "transparent" | "comment" | "text-config" | "ignored";

interface Frame {
  role: Role;
  qname: string;
  name: string;
  /** Line of the start tag. */
  line: number;
  text: string;
  /** Where children go, once known (config root, placed statement, transparent wrapper). */
  host?: ConfigNode | undefined;
  /** The element name that shapes the children's words (a transparent wrapper passes its parent's). */
  hostElement: string;
  /** Depth of `host` in the tree. */
  depth: number;
  marks: Marks;
  /** Statement: where it goes, how it forms a list entry, the keys read so far. */
  parentHost?: ConfigNode | undefined;
  parentElement: string;
  parentDepth: number;
  shape?: ListShape | undefined;
  keys: Array<{ field: KeyField; value: string }>;
  keyCursor: number;
  /** Key element: which key it holds. */
  field?: KeyField | undefined;
  /** `<junos:comment>` text waiting for the next child element. */
  pendingComment?: string | undefined;
  /** Embedded text configuration: line where the text starts. */
  textLine: number;
}

/** Text from embedded curly text: parsed by the caller, placed at `line`. */
export interface EmbeddedText {
  text: string;
  line: number;
}

const TEXT_CONFIG = new Set(["configuration-text", "configuration-output"]);

/** The marks of frames that are not statements (statements get their own object). */
const NO_MARKS: Marks = Object.freeze({});

export class XmlConfigBuilder {
  readonly source: SourceFile;
  readonly diagnostics: Diagnostic[] = [];
  root: ConfigNode | undefined;
  embedded: EmbeddedText | undefined;
  halted = false;
  /** The document element and its first child element (for the "not a configuration" note). */
  rootElement: string | undefined;
  firstChildElement: string | undefined;
  private readonly stack: Frame[] = [];
  private readonly replies: ReplyErrors;
  private configCount = 0;
  private depthReported = false;

  constructor(readonly uri: string) {
    this.source = { uri, format: "xml" };
    this.replies = createReplyErrors(uri, this.diagnostics);
  }

  open(qname: string, attributes: Readonly<Record<string, string>>, line: number, textLine: number): void {
    if (this.halted) return;
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      if (this.rootElement !== undefined) {
        this.error("parse/xml-malformed", `malformed XML: a second top-level element <${qname}> after </${this.rootElement}>; expected a single root element`, line);
        this.halted = true;
        return;
      }
      this.rootElement = qname;
    } else if (this.stack.length === 1 && this.firstChildElement === undefined) {
      this.firstChildElement = qname;
    }
    const frame = this.frame(qname, line, textLine);
    if (parent === undefined || parent.role === "outside") this.openOutside(frame);
    else if (parent.role === "config" || parent.role === "statement" || parent.role === "transparent") this.openChild(parent, frame, attributes);
    else frame.role = "ignored";
    this.stack.push(frame);
  }

  text(chunk: string): void {
    const top = this.stack[this.stack.length - 1];
    if (this.halted || top === undefined || top.role === "ignored" || top.role === "config" || top.role === "transparent") return;
    if (top.role === "outside" && !this.replies.wantsText(top.name)) return;
    if (top.role === "statement" && top.host !== undefined) return; // a container: whitespace between children
    top.text += chunk;
  }

  close(): void {
    if (this.halted) return;
    const frame = this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    if (frame === undefined) return;
    switch (frame.role) {
      case "key": {
        const value = frame.text.trim();
        if (parent !== undefined && frame.field !== undefined && value !== "") parent.keys.push({ field: frame.field, value });
        break;
      }
      case "comment":
        if (parent !== undefined) parent.pendingComment = joinComment(parent.pendingComment, annotationText(frame.text));
        break;
      case "statement":
        if (frame.host === undefined) this.placeClosed(frame);
        break;
      case "text-config":
        this.embed(frame);
        break;
      case "outside":
        this.replies.close(frame.name, frame.qname, frame.text, frame.line);
        break;
      default:
        break;
    }
  }

  /** The unclosed elements, innermost last (for "expected </x>" messages). */
  openElements(): ReadonlyArray<{ qname: string; line: number }> {
    return this.stack;
  }

  error(code: string, message: string, line: number): void {
    this.diagnostics.push(diagnostic("error", code, message, this.uri, line));
  }

  private frame(qname: string, line: number, textLine: number): Frame {
    // Every field present from the start: frames then share one shape, and the builder's property
    // reads stay monomorphic (adding fields later made them megamorphic, a third of XML parse time).
    return {
      role: "ignored", qname, name: localName(qname), line, text: "", host: undefined, hostElement: "", depth: 0, marks: NO_MARKS,
      parentHost: undefined, parentElement: "", parentDepth: 0, shape: undefined, keys: [], keyCursor: 0, field: undefined,
      pendingComment: undefined, textLine,
    };
  }

  private openOutside(frame: Frame): void {
    if (frame.name === "configuration" || TEXT_CONFIG.has(frame.name)) {
      this.configCount++;
      if (this.configCount > 1) {
        this.diagnostics.push(diagnostic("warning", "input/several-configurations", `a second <${frame.qname}> element; only the first configuration in the file is read`, this.uri, frame.line));
        frame.role = "ignored";
        return;
      }
    }
    if (frame.name === "configuration") {
      this.root = createRoot(this.source);
      frame.role = "config";
      frame.host = this.root;
      frame.hostElement = "configuration";
      frame.depth = 0;
    } else if (TEXT_CONFIG.has(frame.name)) {
      frame.role = "text-config";
    } else {
      frame.role = "outside";
      this.replies.open(frame.name, frame.qname, frame.line);
    }
  }

  private openChild(parent: Frame, frame: Frame, attributes: Readonly<Record<string, string>>): void {
    if (frame.name === "comment" && prefixOf(frame.qname) !== undefined) {
      frame.role = "comment";
      return;
    }
    if (parent.role === "statement" && parent.host === undefined) {
      const field = this.keyFor(parent, frame.name);
      if (field !== undefined) {
        frame.role = "key";
        frame.field = field;
        return;
      }
      if (!this.place(parent, parent.keys.length > 0 ? entryWords(parent.name, parent.shape!, parent.keys) : [parent.name], false)) return;
    }
    if (parent.host === undefined) return; // too deep: the subtree is ignored
    const operation = editOperation(attributes);
    if (operation !== undefined) {
      this.diagnostics.push(diagnostic("warning", "parse/xml-edit-operation", `<${frame.qname}> carries the edit operation "${operation}", which a configuration listing cannot apply; the element is read as present`, this.uri, frame.line));
    }
    const comment = parent.pendingComment;
    parent.pendingComment = undefined;
    if (isTransparent(frame.name)) {
      frame.role = "transparent";
      frame.host = parent.host;
      frame.hostElement = parent.hostElement;
      frame.depth = parent.depth;
      frame.pendingComment = comment;
      return;
    }
    const marks = marksFromAttributes(attributes);
    if (comment !== undefined) marks.comment = comment;
    frame.role = "statement";
    frame.marks = marks;
    frame.parentHost = parent.host;
    frame.parentElement = parent.hostElement;
    frame.parentDepth = parent.depth;
    frame.shape = listShape(frame.name, parent.hostElement);
    frame.hostElement = frame.name;
  }

  /** The key `name` holds for an unplaced statement, if it is its next key. */
  private keyFor(statement: Frame, name: string): KeyField | undefined {
    const keys = statement.shape?.keys ?? [];
    for (let j = statement.keyCursor; j < keys.length; j++) {
      if (keys[j]!.element !== name) continue;
      if (j > 0 && statement.keys.length === 0) return undefined;
      statement.keyCursor = j + 1;
      return keys[j];
    }
    return undefined;
  }

  /** A statement that closed before any non-key child: list entry, leaf, or empty statement. */
  private placeClosed(frame: Frame): void {
    if (frame.keys.length > 0) {
      this.place(frame, entryWords(frame.name, frame.shape!, frame.keys), false);
      return;
    }
    const value = frame.text.trim();
    if (value === "") {
      this.place(frame, [frame.name], false);
    } else if (isImplicitLeaf(frame.name, frame.parentElement)) {
      this.place(frame, [value], false);
    } else {
      const keyword = frame.parentHost === undefined ? undefined : childNamed(frame.parentHost, frame.name);
      const valueIsTarget = isLeafList(frame.name, frame.parentElement) || (keyword !== undefined && keyword.children.length > 0);
      this.place(frame, [frame.name, value], valueIsTarget);
    }
  }

  /** Places a statement's words; the attributes go to the last word, or the keyword of a leaf. */
  private place(frame: Frame, words: readonly string[], lastIsTarget: boolean): boolean {
    const parentHost = frame.parentHost;
    if (parentHost === undefined) return false;
    if (frame.parentDepth + words.length > MAX_DEPTH) {
      if (!this.depthReported) this.error("parse/too-deep", `configuration nested deeper than ${MAX_DEPTH} levels at <${frame.qname}>; the deeper part is ignored`, frame.line);
      this.depthReported = true;
      return false;
    }
    const placed = placeWords(parentHost, words, frame.line, this.source);
    const isLeaf = words.length === 2 && words[0] === frame.name && frame.keys.length === 0;
    const target = isLeaf && !lastIsTarget ? placed.nodes[0]! : placed.nodes[placed.nodes.length - 1]!;
    applyMarks(target, placed, frame.marks, frame.line, this.source);
    frame.host = placed.nodes[placed.nodes.length - 1];
    frame.depth = frame.parentDepth + words.length;
    return true;
  }

  private embed(frame: Frame): void {
    if (this.embedded !== undefined) return;
    this.embedded = { text: frame.text, line: frame.textLine };
  }
}

function joinComment(previous: string | undefined, next: string): string {
  return previous === undefined ? next : `${previous}\n${next}`;
}
