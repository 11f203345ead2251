/**
 * A strict XML scanner for configuration documents: start tags (with attributes), end tags, text,
 * CDATA; comments, processing instructions and a DOCTYPE are skipped. It reports the first
 * well-formedness error with its line and stops, like a strict SAX parser, but jumps from markup to
 * markup with `indexOf` instead of running a state machine per character: `display xml` of a large
 * router is megabytes, and this is the collector's snapshot format.
 *
 * Lines are 1-based. No recursion: open elements are a stack of names.
 */

export interface XmlHandler {
  /** A start tag: its name as written, attributes (entity-decoded), the line of `<` and of `>`. */
  open(qname: string, attributes: Record<string, string>, line: number, endLine: number): void;
  close(qname: string): void;
  /** Character data between tags (entity-decoded) or a CDATA section. */
  text(chunk: string): void;
  /** The first error; scanning stops after it. */
  error(message: string, line: number): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const NEWLINE = 10;

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Thrown inside the scanner only, caught at its top: the first error ends the scan. */
class ScanError {
  constructor(
    readonly message: string,
    readonly at: number,
  ) {}
}

export function scanXml(text: string, handler: XmlHandler): void {
  const scanner = new Scanner(text, handler);
  try {
    scanner.run();
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    handler.error(error.message, scanner.lineAt(error.at));
  }
}

class Scanner {
  private readonly open: string[] = [];
  private rootClosed = false;
  /** Line of `countedTo` (newlines before it counted). */
  private line = 1;
  private countedTo = 0;

  constructor(
    private readonly text: string,
    private readonly handler: XmlHandler,
  ) {}

  /** The 1-based line of offset `at` (offsets are asked in increasing order, except for errors). */
  lineAt(at: number): number {
    if (at < this.countedTo) {
      let line = 1;
      for (let i = 0; i < at; i++) if (this.text.charCodeAt(i) === NEWLINE) line++;
      return line;
    }
    const text = this.text;
    let line = this.line;
    for (let i = this.countedTo; i < at; i++) if (text.charCodeAt(i) === NEWLINE) line++;
    this.line = line;
    this.countedTo = at;
    return line;
  }

  run(): void {
    const text = this.text;
    let pos = 0;
    while (pos < text.length) {
      const lt = text.indexOf("<", pos);
      const end = lt < 0 ? text.length : lt;
      if (end > pos) this.characters(pos, end);
      if (lt < 0) break;
      pos = this.markup(lt);
    }
    if (this.open.length > 0) throw new ScanError("Unclosed root tag", text.length);
  }

  private characters(from: number, to: number): void {
    const raw = this.text.slice(from, to);
    if (this.open.length === 0) {
      const stray = skipSpace(this.text, from);
      if (stray < to) throw new ScanError(this.rootClosed ? "Text data outside of root node." : "Non-whitespace before first tag.", stray);
      return;
    }
    this.handler.text(raw.includes("&") ? decode(raw, from) : raw);
  }

  /** Markup starting at `lt`; returns the offset after it. */
  private markup(lt: number): number {
    const text = this.text;
    const next = text.charCodeAt(lt + 1);
    if (next === SLASH) return this.endTag(lt);
    if (next === 33 /* ! */) {
      if (text.startsWith("<!--", lt)) return this.skipTo("-->", lt + 4, "Unclosed comment", lt);
      if (text.startsWith("<![CDATA[", lt)) {
        const close = text.indexOf("]]>", lt + 9);
        if (close < 0) throw new ScanError("Unclosed CDATA section", lt);
        if (this.open.length === 0) throw new ScanError("Text data outside of root node.", lt);
        this.handler.text(text.slice(lt + 9, close));
        return close + 3;
      }
      if (text.startsWith("<!DOCTYPE", lt) && this.open.length === 0) return this.doctype(lt);
      throw new ScanError("Invalid markup <!", lt);
    }
    if (next === 63 /* ? */) return this.skipTo("?>", lt + 2, "Unclosed processing instruction", lt);
    return this.startTag(lt);
  }

  private skipTo(terminator: string, from: number, message: string, lt: number): number {
    const close = this.text.indexOf(terminator, from);
    if (close < 0) throw new ScanError(message, lt);
    return close + terminator.length;
  }

  /** `<!DOCTYPE …>`, with an internal subset `[…]` if there is one. */
  private doctype(lt: number): number {
    const text = this.text;
    const gt = text.indexOf(">", lt);
    const bracket = text.indexOf("[", lt);
    if (gt < 0) throw new ScanError("Unclosed DOCTYPE", lt);
    if (bracket < 0 || bracket > gt) return gt + 1;
    const subsetEnd = text.indexOf("]", bracket);
    const close = subsetEnd < 0 ? -1 : text.indexOf(">", subsetEnd);
    if (close < 0) throw new ScanError("Unclosed DOCTYPE", lt);
    return close + 1;
  }

  private endTag(lt: number): number {
    const text = this.text;
    const gt = text.indexOf(">", lt + 2);
    if (gt < 0) throw new ScanError("Unexpected end of input inside a close tag", lt);
    const name = text.slice(lt + 2, gt).trimEnd();
    const expected = this.open[this.open.length - 1];
    if (expected === undefined) throw new ScanError(`Unexpected close tag </${name}> outside of root node.`, lt);
    if (name !== expected) throw new ScanError(`Unexpected close tag </${name}>`, lt);
    this.open.pop();
    if (this.open.length === 0) this.rootClosed = true;
    this.handler.close(name);
    return gt + 1;
  }

  private startTag(lt: number): number {
    const text = this.text;
    let pos = lt + 1;
    const nameEnd = nameEndAt(text, pos);
    if (nameEnd === pos) throw new ScanError("Invalid tag name", lt);
    const qname = text.slice(pos, nameEnd);
    pos = nameEnd;
    const attributes: Record<string, string> = {};
    for (;;) {
      pos = skipSpace(text, pos);
      const c = text.charCodeAt(pos);
      if (Number.isNaN(c)) throw new ScanError(`Unexpected end of input inside <${qname}>`, lt);
      if (c === GT || (c === SLASH && text.charCodeAt(pos + 1) === GT)) {
        const selfClosing = c === SLASH;
        const after = pos + (selfClosing ? 2 : 1);
        const line = this.lineAt(lt);
        this.handler.open(qname, attributes, line, this.lineAt(after));
        if (selfClosing) this.handler.close(qname);
        else this.open.push(qname);
        if (selfClosing && this.open.length === 0) this.rootClosed = true;
        return after;
      }
      pos = this.attribute(qname, attributes, pos, lt);
    }
  }

  private attribute(qname: string, attributes: Record<string, string>, pos: number, lt: number): number {
    const text = this.text;
    const nameEnd = nameEndAt(text, pos);
    if (nameEnd === pos) throw new ScanError(`Invalid character in <${qname}>`, pos);
    const name = text.slice(pos, nameEnd);
    pos = skipSpace(text, nameEnd);
    if (text.charCodeAt(pos) !== 61 /* = */) throw new ScanError(`Attribute without value: ${name}`, pos);
    pos = skipSpace(text, pos + 1);
    const quote = text[pos];
    if (quote !== '"' && quote !== "'") throw new ScanError(`Unquoted attribute value: ${name}`, pos);
    const close = text.indexOf(quote, pos + 1);
    if (close < 0) throw new ScanError(`Unexpected end of input inside <${qname}>`, lt);
    const raw = text.slice(pos + 1, close);
    if (raw.includes("<")) throw new ScanError(`Invalid character < in attribute value: ${name}`, pos);
    attributes[name] = raw.includes("&") ? decode(raw, pos + 1) : raw;
    return close + 1;
  }
}

function skipSpace(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return pos;
    pos++;
  }
}

/** The end of a name starting at `pos` (anything up to whitespace, `/`, `>`, `=` or a quote). */
function nameEndAt(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (Number.isNaN(c) || c === 32 || c === 10 || c === 9 || c === 13 || c === SLASH || c === GT || c === 61 || c === 34 || c === 39 || c === LT) return pos;
    pos++;
  }
}

/** Replaces entity and character references; an unknown or malformed one is an error at its offset. */
function decode(raw: string, offset: number): string {
  let out = "";
  let from = 0;
  for (let amp = raw.indexOf("&"); amp >= 0; amp = raw.indexOf("&", from)) {
    const semi = raw.indexOf(";", amp + 1);
    if (semi < 0) throw new ScanError("Invalid character entity", offset + amp);
    const name = raw.slice(amp + 1, semi);
    let value = ENTITIES[name];
    if (value === undefined && name.startsWith("#")) {
      const code = name.startsWith("#x") ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff && /^#(x[0-9a-fA-F]+|[0-9]+)$/.test(name)) value = String.fromCodePoint(code);
    }
    if (value === undefined) throw new ScanError("Invalid character entity", offset + amp);
    out += raw.slice(from, amp) + value;
    from = semi + 1;
  }
  return out + raw.slice(from);
}
