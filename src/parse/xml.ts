/**
 * XML configurations: `show configuration | display xml`, NETCONF `<get-config>` and Junos
 * `<get-configuration>` replies, bare `<configuration>` files, and curly text wrapped in
 * `<configuration-text>` / `<configuration-output>`.
 *
 * xml-scan.ts reads the document (strict, line positions); XmlConfigBuilder keeps the explicit stack.
 * Never throws: malformed XML, device errors and non-configuration replies become diagnostics.
 */
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";
import { parseCurly } from "./curly.js";
import { parseJson } from "./json.js";
import type { ParseResult } from "./types.js";
import { XmlConfigBuilder, type EmbeddedText } from "./xml-builder.js";
import { scanXml } from "./xml-scan.js";
import { shiftDiagnostics, shiftTree } from "./xml-shift.js";

/** `display json` output inside an `<rpc-reply>` wrapper starts like XML but is JSON. */
const JSON_IN_REPLY = /^\s*<[A-Za-z_][\w.:-]*\b[^>]*>\s*[{[]/;

export function parseXml(text: string, uri: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (JSON_IN_REPLY.test(body)) return parseJson(text, uri);
  const builder = new XmlConfigBuilder(uri);
  runScan(body, builder);
  if (builder.embedded !== undefined && builder.root === undefined) return embeddedResult(builder, builder.embedded);
  if (builder.root !== undefined) return { format: "xml", root: builder.root, diagnostics: builder.diagnostics };
  if (builder.diagnostics.some((d) => d.level === "error")) return { format: "xml", root: undefined, diagnostics: builder.diagnostics };
  return { format: "xml", root: undefined, skipped: true, diagnostics: [...builder.diagnostics, notAConfiguration(builder)] };
}

function runScan(body: string, builder: XmlConfigBuilder): void {
  scanXml(body, {
    open: (qname, attributes, line, endLine) => builder.open(qname, attributes, line, endLine),
    close: () => builder.close(),
    text: (chunk) => builder.text(chunk),
    error: (message, line) => {
      if (!builder.halted) builder.error("parse/xml-malformed", malformedMessage(message, builder), line);
      builder.halted = true;
    },
  });
}

/** The scanner says what went wrong ("Unexpected close tag"); add what was expected, from the open elements. */
function malformedMessage(scanMessage: string, builder: XmlConfigBuilder): string {
  const first = scanMessage.split("\n")[0] ?? scanMessage;
  const what = first.charAt(0).toLowerCase() + first.slice(1);
  const open = builder.openElements();
  const top = open[open.length - 1];
  if (/outside of root node/i.test(what)) return `malformed XML: ${what}; expected nothing after the root element`;
  if (top === undefined) return `malformed XML: ${what}; expected a single well-formed root element`;
  if (/unclosed root tag/i.test(what)) {
    return `malformed XML: the file ends inside <${top.qname}> (opened at line ${top.line}); expected </${top.qname}> (truncated file?)`;
  }
  if (/close tag|closing tag/i.test(what)) return `malformed XML: ${what}; expected </${top.qname}> for the element opened at line ${top.line}`;
  return `malformed XML: ${what} (inside <${top.qname}>, opened at line ${top.line})`;
}

/** Curly text inside `<configuration-text>`: parsed by the curly parser, moved to its place in the XML file. */
function embeddedResult(builder: XmlConfigBuilder, embedded: EmbeddedText): ParseResult {
  const inner = parseCurly(embedded.text, builder.uri);
  const offset = embedded.line - 1;
  if (inner.root !== undefined) shiftTree(inner.root, offset, builder.source);
  const diagnostics = [...builder.diagnostics, ...shiftDiagnostics(inner.diagnostics, offset, builder.uri)];
  const result: ParseResult = { format: "xml", root: inner.root, diagnostics };
  if (inner.skipped === true) result.skipped = true;
  return result;
}

function notAConfiguration(builder: XmlConfigBuilder): Diagnostic {
  const root = builder.rootElement;
  const what =
    root === undefined
      ? "no element at all"
      : builder.firstChildElement === undefined
        ? `root element <${root}>`
        : `root element <${root}>, first child <${builder.firstChildElement}>`;
  return diagnostic("info", "input/not-a-config", `XML reply without a <configuration> element (${what}); not a configuration`, builder.uri);
}
