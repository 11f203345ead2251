import { type ConfigNode, MAX_DEPTH, type SourceFile, find, formatPath } from "../model/config-tree.js";
import type { SetTokens } from "./set-tokenize.js";
import type { DiagnosticSink } from "./text-diagnostics.js";

/** What a sequence of set-style commands works on: the tree, the current `edit` level, the diagnostics. */
export interface SetContext {
  root: ConfigNode;
  source: SourceFile;
  /** The `edit` level (words below the root), [] at the top. */
  level: string[];
  sink: DiagnosticSink;
}

/** One command: its words after the command word, and where it is. */
export interface SetCommand {
  words: string[];
  quoted: boolean[];
  listFrom: number;
  line: number;
  /** The command word as written (`set`, `delete`, …), for messages. */
  verb: string;
}

/** The command of a tokenized line; takes the tokens' arrays over (the command word is shifted off). */
export function commandOf(tokens: SetTokens, line: number): SetCommand {
  const verb = tokens.words.shift() ?? "";
  tokens.quoted.shift();
  return { verb, words: tokens.words, quoted: tokens.quoted, listFrom: tokens.listFrom < 0 ? -1 : tokens.listFrom - 1, line };
}

/** The command's path below the root: the edit level followed by `words`. */
export function absolute(ctx: SetContext, words: readonly string[]): string[] {
  return ctx.level.length === 0 ? words.slice() : ctx.level.concat(words);
}

/** Finds the node a command names, or warns that it does not exist and returns undefined. */
export function existing(ctx: SetContext, cmd: SetCommand, path: readonly string[]): ConfigNode | undefined {
  const full = absolute(ctx, path);
  const node = full.length === 0 ? undefined : find(ctx.root, full);
  if (node === undefined) {
    ctx.sink.warning("set/missing-path", `${cmd.verb} ${formatPath(full)}: no such statement in the configuration so far; command ignored`, cmd.line);
  }
  return node;
}

/** False (with an error) when the path would nest deeper than MAX_DEPTH. */
export function withinDepth(ctx: SetContext, cmd: SetCommand, extra: number): boolean {
  if (ctx.level.length + extra <= MAX_DEPTH) return true;
  ctx.sink.error("parse/too-deep", `${cmd.verb}: the path nests deeper than ${MAX_DEPTH} levels; command ignored`, cmd.line);
  return false;
}

/** Index of the last unquoted `keyword` at position ≥ 1 (after at least one path word), or -1. */
export function keywordIndex(cmd: SetCommand, keywords: readonly string[]): number {
  for (let i = cmd.words.length - 2; i >= 1; i--) if (!cmd.quoted[i] && keywords.includes(cmd.words[i]!)) return i;
  return -1;
}
