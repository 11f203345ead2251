/**
 * Errors a device put in its reply instead of (or next to) a configuration: NETCONF `<rpc-error>`
 * (with `<error-severity>`, `<error-message>`, `<error-info><bad-element>`) and Junos
 * `<xnm:error>` / `<xnm:warning>` (with `<message>`). Each becomes a diagnostic at the line of
 * its message; severity "warning" gives a warning, anything else an error.
 */
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";

export interface ReplyErrors {
  open(name: string, qname: string, line: number): void;
  /** Only these elements' text is kept outside the configuration. */
  wantsText(name: string): boolean;
  close(name: string, qname: string, text: string, line: number): void;
}

interface OpenError {
  qname: string;
  line: number;
  depth: number;
  severity: string | undefined;
  message: string | undefined;
  messageLine: number | undefined;
  badElement: string | undefined;
}

const FIELDS = new Set(["error-severity", "error-message", "message", "bad-element"]);

function isErrorElement(name: string, qname: string): boolean {
  return name === "rpc-error" || (qname.startsWith("xnm:") && (name === "error" || name === "warning"));
}

export function createReplyErrors(uri: string, out: Diagnostic[]): ReplyErrors {
  let current: OpenError | undefined;
  let depth = 0;
  return {
    open(name, qname, line) {
      depth++;
      if (current === undefined && isErrorElement(name, qname)) {
        const severity = name === "warning" ? "warning" : undefined;
        current = { qname, line, depth, severity, message: undefined, messageLine: undefined, badElement: undefined };
      }
    },
    wantsText(name) {
      return current !== undefined && FIELDS.has(name);
    },
    close(name, _qname, text, line) {
      depth--;
      if (current === undefined) return;
      const value = text.trim();
      if (name === "error-severity") current.severity = value;
      else if ((name === "error-message" || name === "message") && current.message === undefined) {
        current.message = value;
        current.messageLine = line;
      } else if (name === "bad-element") current.badElement = value;
      if (depth >= current.depth) return;
      const level = current.severity === "warning" ? "warning" : "error";
      const what = current.message === undefined || current.message === "" ? "no message" : `"${current.message}"`;
      const where = current.badElement === undefined ? "" : ` (bad element: ${current.badElement})`;
      out.push(diagnostic(level, "input/rpc-error", `the device replied with an <${current.qname}>: ${what}${where}`, uri, current.messageLine ?? current.line));
      current = undefined;
    },
  };
}
