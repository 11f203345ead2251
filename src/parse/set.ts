/**
 * `display set` output and set-style change scripts: one command per line, applied in order
 * (`set`, `delete`, `deactivate`, `activate`, `protect`, `annotate`, `insert`, `rename`, `copy`,
 * `edit`/`up`/`top`/`exit`). Blank, `#` and `!` lines are skipped; CLI noise (prompts, `show …`,
 * `commit`) is skipped with a warning; anything else is an error on its line. Never throws.
 */
import { createRoot } from "../model/config-tree.js";
import { applySetCommand } from "./set-commands.js";
import type { SetContext } from "./set-context.js";
import { isCliNoise } from "./set-noise.js";
import { tokenizeSetLine } from "./set-tokenize.js";
import { CH_BANG, CH_CR, CH_HASH, CH_LBRACE, CH_LBRACKET, excerpt, isBlank } from "./text-chars.js";
import { DiagnosticSink } from "./text-diagnostics.js";
import type { ParseResult } from "./types.js";

export function parseSet(text: string, uri: string): ParseResult {
  const source = { uri, format: "set" } as const;
  const sink = new DiagnosticSink(uri);
  if (!/\S/.test(text)) {
    sink.error("parse/empty", "empty file: expected a Junos configuration");
    return { format: "set", root: undefined, diagnostics: sink.finish() };
  }
  const ctx: SetContext = { root: createRoot(source), source, level: [], sink };
  let statements = 0;
  let lineNo = 0;
  for (let pos = 0; pos <= text.length; ) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    lineNo++;
    if (parseLine(ctx, text, pos, eol, lineNo)) statements++;
    pos = eol + 1;
  }
  if (statements === 0 && sink.errorCount === 0) sink.error("parse/empty", "no configuration commands found: expected a Junos configuration");
  return { format: "set", root: ctx.root, diagnostics: sink.finish() };
}

/** Handles one line; true when it was a configuration command. */
function parseLine(ctx: SetContext, text: string, start: number, end: number, line: number): boolean {
  let s = start;
  while (s < end && isBlank(text.charCodeAt(s))) s++;
  let e = end;
  while (e > s && (isBlank(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === CH_CR)) e--;
  if (s === e) return false;
  const first = text.charCodeAt(s);
  if (first === CH_HASH || first === CH_BANG) return false;
  // `[edit …]` and `{master:0}` banners would otherwise tokenize as a list holding `edit`.
  const banner = (first === CH_LBRACKET || first === CH_LBRACE) && isCliNoise(text.slice(s, Math.min(e, s + 200)));
  if (!banner && applySetCommand(ctx, tokenizeSetLine(text, s, e), line)) return true;
  // Cut here, not before the command is tried: most lines are commands (a helper for the two
  // slices measured ~40 % slower on the parse bench).
  const head = text.slice(s, Math.min(e, s + 200));
  const shown = excerpt(head);
  if (banner || isCliNoise(head)) {
    ctx.sink.warning("set/cli-noise", `skipped CLI line '${shown}' (not a configuration command)`, line);
  } else {
    ctx.sink.error("parse/unknown-command", `expected a configuration command (set, delete, deactivate, activate, …) but found '${shown}'`, line);
  }
  return false;
}
