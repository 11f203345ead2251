/**
 * The curly (`show configuration`) scanner: one pass over the text's char codes with an explicit
 * block stack (no recursion), one `slice` per word. Statements are handed to `applyStatement`;
 * problems go to the diagnostic sink with their line, and parsing carries on.
 */
import { type ConfigNode, MAX_DEPTH, type SourceFile, createRoot } from "../model/config-tree.js";
import { type Statement, applyStatement, prefixFlag } from "./curly-statement.js";
import { applySetCommand, isSetCommand } from "./set-commands.js";
import { MAX_LIST_VALUES, tokenizeSetLine } from "./set-tokenize.js";
import * as chars from "./text-chars.js";
import type { DiagnosticSink } from "./text-diagnostics.js";

// Module-local copies of the hot imports: the scanner reads them once per character, and some
// module loaders (the test runner's among them) turn every imported binding into a getter call.
const { CH_BACKSLASH, CH_BANG, CH_CR, CH_HASH, CH_LBRACE, CH_LBRACKET, CH_LT, CH_NL, CH_QUOTE, CH_RBRACE, CH_RBRACKET, CH_SEMI, CH_SLASH, CH_SPACE, CH_STAR, CH_TAB } = chars;
const { WORD_END, angleWordEnd, charCodes, excerpt, isBlank, quotedValue } = chars;

/** Chars that start a plain word: anything but blanks, delimiters and the chars `special` looks at. */
const WORD_START = new Uint8Array(128).fill(1);
for (let c = 0; c < 33; c++) WORD_START[c] = 0;
for (const c of [CH_SEMI, CH_LBRACE, CH_RBRACE, CH_LBRACKET, CH_RBRACKET, CH_QUOTE, CH_HASH, CH_SLASH, CH_LT, 127]) WORD_START[c] = 0;

/** Two spaces as one little-endian 32-bit word of UTF-16 code units (see `charCodes`). */
const TWO_SPACES = 0x00200020;

/** Words kept per statement, and values per `[ … ]` list; longer ones are refused (no Junos statement comes close). */
const MAX_STATEMENT_WORDS = MAX_DEPTH + 8;

export class CurlyParser {
  readonly root: ConfigNode;
  statements = 0;
  private readonly stack: ConfigNode[];
  private readonly depths: number[] = [0];
  private readonly openLines: number[] = [0];
  /** Blocks being skipped (too deep, deleted, or opened without a name): their contents are dropped. */
  private discard = 0;
  private readonly st: Statement = { words: [], count: 0, listFrom: -1, prefixes: 0, comment: undefined, line: 0 };
  private stmtOpen = false;
  private stmtStart = 0;
  private firstQuoted = false;
  private lastAngleSpaced = false;
  private overflow = false;
  private inList = false;
  private listClosed = false;
  private listLine = 0;
  private pendingComment: string | undefined;
  private tooDeepReported = false;
  private bangReported = false;

  constructor(
    private readonly text: string,
    private readonly source: SourceFile,
    private readonly sink: DiagnosticSink,
  ) {
    this.root = createRoot(source);
    this.stack = [this.root];
  }

  /** The text's char codes, read by the hot loops (see `charCodes`); set by `run`. */
  private codes: Uint16Array = new Uint16Array(0);

  /** Current line (1-based); the scanner keeps a local copy and syncs it around `special`. */
  private line = 1;

  run(): void {
    const text = this.text;
    const codes = charCodes(text);
    this.codes = codes;
    const n = text.length;
    const pairCount = n >>> 1;
    const pairs = (codes.byteOffset & 3) === 0 ? new Uint32Array(codes.buffer, codes.byteOffset, pairCount) : undefined;
    let line = 1;
    let i = 0;
    while (i < n) {
      const c = codes[i]!;
      if (c === CH_SPACE || c === CH_TAB) {
        // Indentation is most of a curly file: skip a run of spaces in one tight loop.
        i++;
        while (i < n && codes[i] === CH_SPACE) i++;
        continue;
      }
      if (c === CH_NL) {
        if (this.stmtOpen && !this.inList) this.endOfLine(i, line);
        line++;
        i++;
        if (pairs !== undefined) {
          // Indentation two chars at a time: a pair of spaces is one 32-bit word 0x00200020.
          if ((i & 1) === 1 && codes[i] === CH_SPACE) i++;
          if ((i & 1) === 0) {
            let p = i >>> 1;
            while (p < pairCount && pairs[p] === TWO_SPACES) p++;
            i = p << 1;
          }
        }
        while (i < n && codes[i] === CH_SPACE) i++;
        continue;
      }
      if (c >= 128 || (WORD_START[c] === 1 && (c !== CH_BANG || this.stmtOpen))) {
        let j = i + 1;
        while (j < n) {
          const d = codes[j]!;
          if (d < 128 && WORD_END[d] === 1) break;
          j++;
        }
        this.lastAngleSpaced = false;
        if (!this.overflow) this.pushWord(text.slice(i, j), false, i, line);
        i = j;
        continue;
      }
      this.line = line;
      i = this.special(c, i);
      line = this.line;
    }
    this.endOfFile(n, line);
  }

  /** Everything but plain words, blanks and newlines; returns where scanning goes on. */
  private special(c: number, i: number): number {
    const text = this.text;
    const line = this.line;
    switch (c) {
      case CH_SEMI:
        this.closeList(line);
        this.finish(false);
        return i + 1;
      case CH_LBRACE:
        this.closeList(line);
        this.openBlock(line);
        return i + 1;
      case CH_RBRACE:
        this.closeList(line);
        this.closeBlock(line);
        return i + 1;
      case CH_LBRACKET:
        this.openList(i, line);
        return i + 1;
      case CH_RBRACKET:
        if (this.inList) {
          this.inList = false;
          this.listClosed = true;
        } else this.sink.error("parse/bad-list", "unexpected ']' without an opening '['", line);
        return i + 1;
      case CH_QUOTE:
        return this.quotedWord(i);
      case CH_HASH:
      case CH_BANG:
        return this.skipLine(i);
      case CH_SLASH:
        if (text.charCodeAt(i + 1) === CH_STAR) return this.comment(i);
        return this.word(i);
      case CH_LT:
        return this.word(i);
      default:
        return isBlank(c) ? i + 1 : this.word(i);
    }
  }

  /** A `"…"` word; same result as `quoteEnd` + `quotedValue`, in one pass over the char codes. */
  private quotedWord(i: number): number {
    const codes = this.codes;
    const n = codes.length;
    let k = i + 1;
    let close = -1;
    let escaped = false;
    while (k < n) {
      const c = codes[k]!;
      if (c === CH_QUOTE) {
        close = k;
        break;
      }
      if (c === CH_NL) break;
      if (c === CH_BACKSLASH) {
        escaped = true;
        k += codes[k + 1] !== CH_NL ? 2 : 1;
      } else k++;
    }
    const end = close < 0 ? Math.min(k, n) : close;
    if (close < 0) this.sink.error("parse/unterminated-quote", "unterminated quote: expected a closing '\"' before the end of the line", this.line);
    this.lastAngleSpaced = false;
    let value: string;
    if (escaped) value = quotedValue(this.text, i + 1, end);
    else value = this.text.slice(i + 1, end > i + 1 && codes[end - 1] === CH_CR ? end - 1 : end);
    this.pushWord(value, true, i, this.line);
    return close < 0 ? end : end + 1;
  }

  /** `#…` comments and `!…` header lines: up to the newline (which is then scanned as usual). */
  private skipLine(i: number): number {
    if (this.text.charCodeAt(i) === CH_BANG && !this.bangReported) {
      this.bangReported = true;
      this.sink.add("info", "parse/header-skipped", "skipped lines starting with '!' (a RANCID/Oxidized header, not Junos syntax)", this.line);
    }
    const eol = this.text.indexOf("\n", i);
    return eol < 0 ? this.text.length : eol;
  }

  /** A `/* … *\/` annotation, kept for the next statement. */
  private comment(i: number): number {
    const text = this.text;
    const close = text.indexOf("*/", i + 2);
    const end = close < 0 ? text.length : close;
    if (close < 0) this.sink.error("parse/unterminated-comment", "unterminated comment: expected '*/' to close the '/*' opened here", this.line);
    this.addComment(text.slice(i + 2, end).trim());
    for (let k = i; k < end; k++) if (text.charCodeAt(k) === CH_NL) this.line++;
    return close < 0 ? text.length : close + 2;
  }

  /** A word starting with a char that needs a look first: `<…>` (may hold spaces), `/`, control chars. */
  private word(i: number): number {
    const text = this.text;
    const n = text.length;
    let j = i + 1;
    this.lastAngleSpaced = false;
    if (text.charCodeAt(i) === CH_LT) {
      const end = angleWordEnd(text, i);
      if (end > 0) {
        j = end;
        for (let k = i + 1; k < end; k++) if (text.charCodeAt(k) === CH_SPACE) this.lastAngleSpaced = true;
      }
    }
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 128 && WORD_END[d] === 1) break;
      j++;
    }
    if (!this.overflow) this.pushWord(text.slice(i, j), false, i, this.line);
    return j;
  }

  private pushWord(word: string, quoted: boolean, pos: number, line: number): void {
    const st = this.st;
    if (!this.stmtOpen) {
      this.stmtOpen = true;
      this.stmtStart = pos;
      st.line = line;
      this.firstQuoted = quoted;
    }
    if (!quoted && st.count === 0 && st.listFrom < 0) {
      const flag = prefixFlag(word);
      if (flag !== 0) {
        st.prefixes |= flag;
        return;
      }
    }
    if (this.listClosed) {
      this.sink.error("parse/bad-list", `expected ';' after the ']' that closes the list, found '${excerpt(word, 40)}'`, line);
      this.listClosed = false;
    }
    if (st.count >= (st.listFrom < 0 ? MAX_STATEMENT_WORDS : st.listFrom + MAX_LIST_VALUES)) {
      this.overflow = true;
      return;
    }
    if (st.count === 0) this.firstQuoted = quoted;
    st.words[st.count++] = word;
  }

  private addComment(comment: string): void {
    this.pendingComment = this.pendingComment === undefined ? comment : `${this.pendingComment}\n${comment}`;
  }

  private openList(pos: number, line: number): void {
    if (this.inList || this.st.listFrom >= 0) {
      this.sink.error("parse/bad-list", "unexpected '[': only one '[ … ]' list is allowed per statement", line);
      return;
    }
    if (!this.stmtOpen) {
      this.stmtOpen = true;
      this.stmtStart = pos;
      this.st.line = line;
    }
    this.inList = true;
    this.listLine = line;
    this.st.listFrom = this.st.count;
  }

  private closeList(line: number): void {
    if (!this.inList) return;
    this.sink.error("parse/bad-list", `expected ']' to close the list opened on line ${this.listLine} before line ${line}`, this.listLine);
    this.inList = false;
  }

  private openBlock(line: number): void {
    if (!this.stmtOpen || this.st.count === 0) {
      if (this.discard === 0) this.sink.error("parse/bad-block", "expected a statement name before '{'", line);
      this.reset();
      this.discard++;
      return;
    }
    this.finish(true);
  }

  private closeBlock(line: number): void {
    if (this.stmtOpen) {
      this.sink.error("parse/missing-semicolon", `expected ';' at the end of '${this.statementText()}' before '}'`, this.st.line);
      this.finish(false);
    }
    this.pendingComment = undefined;
    if (this.discard > 0) this.discard--;
    else if (this.stack.length === 1) this.sink.error("parse/unbalanced-brace", "unexpected '}' with no open block", line);
    else {
      this.stack.pop();
      this.depths.pop();
      this.openLines.pop();
    }
  }

  /** Completes the pending statement (`;`, or `{` when `opensBlock`). */
  private finish(opensBlock: boolean): void {
    const st = this.st;
    if (!this.stmtOpen) {
      this.pendingComment = undefined;
      return;
    }
    const keep = this.discard === 0 && this.acceptable(opensBlock);
    if (!keep) {
      if (opensBlock) this.discard++;
      this.reset();
      return;
    }
    st.comment = this.pendingComment;
    this.pendingComment = undefined;
    const node = applyStatement(this.stack[this.stack.length - 1]!, st, opensBlock, this.source);
    this.statements++;
    if (opensBlock) {
      if (node === undefined) this.discard++;
      else {
        this.stack.push(node);
        this.depths.push(this.depths[this.depths.length - 1]! + (st.listFrom < 0 ? st.count : st.listFrom));
        this.openLines.push(st.line);
      }
    }
    this.reset();
  }

  /** Checks a complete statement before it is applied; reports why when it is not. */
  private acceptable(opensBlock: boolean): boolean {
    const st = this.st;
    if (st.count === 0 || st.listFrom === 0) {
      this.sink.error("parse/bad-statement", `expected a keyword before ${st.listFrom === 0 ? "'['" : opensBlock ? "'{'" : "';'"}`, st.line);
      return false;
    }
    const depth = this.depths[this.depths.length - 1]! + (st.listFrom < 0 ? st.count : st.listFrom + 1);
    if (!this.overflow && depth <= MAX_DEPTH) return true;
    if (!this.tooDeepReported) {
      this.tooDeepReported = true;
      this.sink.error("parse/too-deep", `nesting deeper than ${MAX_DEPTH} levels: statements below this depth are ignored`, st.line);
    }
    return false;
  }

  /** A newline ends a statement with neither ';' nor '{': a flat `set` line, a redaction, or an error. */
  private endOfLine(eol: number, line: number): void {
    const st = this.st;
    if (st.prefixes === 0 && st.count > 0 && !this.firstQuoted && isSetCommand(st.words[0]!) && this.discard === 0) {
      this.applyFlatCommand(eol, line);
      return;
    }
    if (this.lastAngleSpaced && st.count > 0) {
      this.finish(false);
      return;
    }
    this.sink.error("parse/incomplete-statement", `expected ';' or '{' at the end of '${this.statementText()}'`, st.line);
    this.pendingComment = undefined;
    this.reset();
  }

  private applyFlatCommand(eol: number, line: number): void {
    const tokens = tokenizeSetLine(this.text, this.stmtStart, eol);
    const ctx = { root: this.root, source: this.source, level: [], sink: this.sink };
    this.sink.warning("parse/flat-statement", `flat '${this.st.words[0]}' command inside a hierarchical configuration: applied at the top level`, line);
    applySetCommand(ctx, tokens, line);
    this.statements++;
    this.reset();
  }

  private endOfFile(n: number, line: number): void {
    if (this.inList) {
      this.sink.error("parse/bad-list", `expected ']' to close the list opened on line ${this.listLine} before the end of the file`, this.listLine);
      this.inList = false;
    }
    if (this.stmtOpen) this.endOfLine(n, line);
    for (let k = this.stack.length - 1; k >= 1; k--) {
      this.sink.error("parse/unbalanced-brace", `expected '}' before end of file: the block '${this.stack[k]!.name}' opened on this line is never closed`, this.openLines[k]);
    }
    if (this.discard > 0) this.sink.error("parse/unbalanced-brace", `expected '}' before end of file: ${this.discard} skipped block(s) are never closed`, line);
  }

  private statementText(): string {
    return excerpt(this.st.words.slice(0, Math.min(this.st.count, 12)).join(" "));
  }

  private reset(): void {
    const st = this.st;
    st.count = 0;
    st.listFrom = -1;
    st.prefixes = 0;
    st.comment = undefined;
    this.stmtOpen = false;
    this.firstQuoted = false;
    this.lastAngleSpaced = false;
    this.overflow = false;
    this.listClosed = false;
  }
}
