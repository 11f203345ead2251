/**
 * Which configuration format a text is in, from its content only (never the file name), looking
 * at the first 64 KiB at most so that it stays cheap on huge inputs:
 * - XML: first non-space `<` (`<?xml`, `<rpc-reply>`, `<configuration>`), unless the element
 *   only wraps `display json` text (`<rpc-reply>` then `{`), which is JSON;
 * - JSON: first non-space `{` or `[`;
 * - set: most statement lines start with a configuration command (set, delete, deactivate, …);
 * - curly: most statement lines end with `;`, `{` or `}`;
 * - undefined: anything else (a README, random text, binary with NUL bytes).
 */
import type { ConfigFormat } from "../model/config-tree.js";
import { isCliNoise } from "./set-noise.js";

const SAMPLE = 64 * 1024;
/** After this many statement lines, 95 % of one kind decides (a file of thousands of lines is read no further). */
const DECISIVE = 200;
const SET_COMMANDS = new Set(["set", "delete", "deactivate", "activate", "protect", "unprotect", "annotate", "insert", "rename", "copy", "edit"]);

export function detectFormat(text: string): ConfigFormat | undefined {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.includes("\0")) return undefined;
  const start = firstNonSpace(sample);
  if (start < 0) return undefined;
  const first = sample.charCodeAt(start);
  if (first === 0x7b || first === 0x5b) return "json";
  if (first === 0x3c) return wrapsJson(sample, start) ? "json" : "xml";
  return classifyLines(sample, sample.length < text.length);
}

/** Index of the first char that is not white space or a byte-order mark (also one read as latin1). */
function firstNonSpace(text: string): number {
  for (let i = text.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) return i;
  }
  return -1;
}

/** `<rpc-reply …>` (or any single opening tag) followed directly by `{` or `[`. */
function wrapsJson(text: string, start: number): boolean {
  if (text.startsWith("<?", start) || text.startsWith("<!", start)) return false;
  const close = text.indexOf(">", start);
  if (close < 0) return false;
  const next = firstNonSpace(text.slice(close + 1, close + 4096));
  if (next < 0) return false;
  const c = text.charCodeAt(close + 1 + next);
  return c === 0x7b || c === 0x5b;
}

function classifyLines(sample: string, truncated: boolean): ConfigFormat | undefined {
  const lines = sample.split("\n");
  if (truncated && lines.length > 1) lines.pop();
  let considered = 0;
  let setLike = 0;
  let curlyLike = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("!") || line.startsWith("/*") || line.startsWith("*")) continue;
    if (isCliNoise(line)) continue;
    considered++;
    const space = line.indexOf(" ");
    if (space > 0 && SET_COMMANDS.has(line.slice(0, space))) setLike++;
    else if (isCurlyLine(line, truncated && lines.length === 1)) curlyLike++;
    // A clear verdict on the first statement lines stands: reading 64 KiB of every file of a large
    // repository cost more than parsing some of them (and curly text may hold set lines anyway).
    if (considered >= DECISIVE && Math.max(setLike, curlyLike) >= considered - considered / 20) break;
  }
  if (considered === 0) return undefined;
  if (setLike > curlyLike && setLike * 2 >= considered) return "set";
  if (curlyLike > 0 && curlyLike * 2 >= considered) return "curly";
  return undefined;
}

/** Ends with `;`, `{` or `}` (before any `## …` comment); a cut-off single line only needs a brace. */
function isCurlyLine(line: string, cutOff: boolean): boolean {
  const hashes = line.indexOf(" ##");
  const body = (hashes >= 0 ? line.slice(0, hashes) : line).trimEnd();
  const last = body.charCodeAt(body.length - 1);
  if (last === 0x3b || last === 0x7b || last === 0x7d) return true;
  if (body.endsWith("*/")) return true;
  return cutOff && (body.includes("{") || body.includes(";"));
}
