/**
 * Applies one configuration-mode command (`set`, `delete`, `deactivate`, …) to the tree, in order,
 * the way `load set` would. Problems become diagnostics on the command's line.
 */
import { formatPath } from "../model/config-tree.js";
import { type SetCommand, type SetContext, absolute, commandOf, existing, withinDepth } from "./set-context.js";
import { annotate, copy, insert, rename } from "./set-edit-ops.js";
import type { SetTokens } from "./set-tokenize.js";
import { addWords, clearChildren, removePath } from "./text-tree-edit.js";

type Handler = (ctx: SetContext, cmd: SetCommand) => void;

const HANDLERS: Record<string, Handler> = {
  set: setPath,
  delete: deletePath,
  deactivate: (ctx, cmd) => flag(ctx, cmd, "inactive", true),
  activate: (ctx, cmd) => flag(ctx, cmd, "inactive", false),
  protect: (ctx, cmd) => flag(ctx, cmd, "protect", true),
  unprotect: (ctx, cmd) => flag(ctx, cmd, "protect", false),
  annotate,
  insert,
  rename,
  copy,
  edit: (ctx, cmd) => {
    if (withinDepth(ctx, cmd, cmd.words.length)) ctx.level = absolute(ctx, cmd.words);
  },
  up: (ctx, cmd) => {
    const steps = cmd.words.length === 0 ? 1 : Number.parseInt(cmd.words[0]!, 10);
    ctx.level = ctx.level.slice(0, Math.max(0, ctx.level.length - (Number.isFinite(steps) ? steps : 1)));
  },
  exit: (ctx, cmd) => {
    if (ctx.level.length > 0) ctx.level = ctx.level.slice(0, -1);
    else ctx.sink.warning("set/cli-noise", `skipped '${cmd.verb}' at the top level (leaves configuration mode; not a configuration statement)`, cmd.line);
  },
  top: (ctx, cmd) => {
    const saved = ctx.level;
    ctx.level = [];
    if (cmd.words.length === 0) return;
    const verb = cmd.words[0]!;
    runCommand(ctx, { ...cmd, verb, words: cmd.words.slice(1), quoted: cmd.quoted.slice(1), listFrom: cmd.listFrom - 1 });
    if (verb !== "edit") ctx.level = saved;
  },
};

/** The command words this module understands (the set parser treats anything else as an error). */
export function isSetCommand(word: string): boolean {
  return Object.hasOwn(HANDLERS, word);
}

/** Applies a tokenized line. Returns false when its first word is not a known command. */
export function applySetCommand(ctx: SetContext, tokens: SetTokens, line: number): boolean {
  if (tokens.quoted[0] === true || !isSetCommand(tokens.words[0] ?? "")) return false;
  const cmd = commandOf(tokens, line);
  if (tokens.problem !== undefined) {
    ctx.sink.error("parse/bad-command", `${cmd.verb}: ${tokens.problem}; command ignored`, line);
    return true;
  }
  runCommand(ctx, cmd);
  return true;
}

function runCommand(ctx: SetContext, cmd: SetCommand): void {
  const handler = isSetCommand(cmd.verb) ? HANDLERS[cmd.verb] : undefined;
  if (handler === undefined) ctx.sink.error("parse/unknown-command", `expected a configuration command after 'top', found '${cmd.verb}'`, cmd.line);
  else handler(ctx, cmd);
}

function setPath(ctx: SetContext, cmd: SetCommand): void {
  if (cmd.words.length === 0 && ctx.level.length === 0) {
    ctx.sink.error("parse/bad-command", "set: expected a configuration path after 'set'", cmd.line);
    return;
  }
  const listDepth = cmd.listFrom >= 0 ? cmd.listFrom + 1 : cmd.words.length;
  if (!withinDepth(ctx, cmd, listDepth)) return;
  const base = ctx.level.length === 0 ? ctx.root : addWords(ctx.root, ctx.level, ctx.level.length, -1, false, cmd.line, ctx.source);
  addWords(base, cmd.words, cmd.words.length, cmd.listFrom, true, cmd.line, ctx.source);
}

function deletePath(ctx: SetContext, cmd: SetCommand): void {
  const path = cmd.listFrom >= 0 ? cmd.words.slice(0, cmd.listFrom) : cmd.words;
  if (path.length === 0 && cmd.listFrom < 0) {
    const level = existing(ctx, cmd, []) ?? (ctx.level.length === 0 ? ctx.root : undefined);
    if (level !== undefined) clearChildren(level);
    return;
  }
  const values = cmd.listFrom >= 0 ? cmd.words.slice(cmd.listFrom) : [undefined];
  for (const value of values) {
    const target = value === undefined ? path : path.concat(value);
    if (!removePath(ctx.root, absolute(ctx, target))) {
      ctx.sink.warning("set/delete-missing", `delete ${formatPath(absolute(ctx, target))}: no such statement; nothing deleted`, cmd.line);
    }
  }
}

function flag(ctx: SetContext, cmd: SetCommand, which: "inactive" | "protect", on: boolean): void {
  const node = existing(ctx, cmd, cmd.words);
  if (node === undefined) return;
  if (on) node[which] = true;
  else delete node[which];
}
