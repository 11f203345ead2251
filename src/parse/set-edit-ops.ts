/** The reshaping commands: `annotate`, `insert … before|after …`, `rename … to …`, `copy … to …`. */
import { attachChild, childNamed } from "../model/config-tree.js";
import { type SetCommand, type SetContext, existing, keywordIndex } from "./set-context.js";
import { copySubtree } from "./text-tree-edit.js";

export function annotate(ctx: SetContext, cmd: SetCommand): void {
  if (cmd.words.length < 2) {
    ctx.sink.error("parse/bad-command", "annotate: expected a statement path and a \"comment\"", cmd.line);
    return;
  }
  const node = existing(ctx, cmd, cmd.words.slice(0, -1));
  if (node === undefined) return;
  const text = cmd.words[cmd.words.length - 1]!;
  if (text === "") delete node.comment;
  else node.comment = text;
}

export function insert(ctx: SetContext, cmd: SetCommand): void {
  const at = keywordIndex(cmd, ["before", "after"]);
  if (at < 0) {
    ctx.sink.error("parse/bad-command", "insert: expected 'insert <path> before|after <name>'", cmd.line);
    return;
  }
  const node = existing(ctx, cmd, cmd.words.slice(0, at));
  const parent = node?.parent;
  if (node === undefined || parent === undefined) return;
  const refName = cmd.words[cmd.words.length - 1]!;
  const ref = childNamed(parent, refName);
  if (ref === undefined || ref === node) {
    ctx.sink.warning("set/missing-path", `insert: '${refName}' is not a sibling of '${node.name}'; command ignored`, cmd.line);
    return;
  }
  const kids = parent.children;
  kids.splice(kids.indexOf(node), 1);
  const refAt = kids.indexOf(ref);
  kids.splice(cmd.words[at] === "before" ? refAt : refAt + 1, 0, node);
}

export function rename(ctx: SetContext, cmd: SetCommand): void {
  const target = targetOf(ctx, cmd, "rename");
  if (target === undefined) return;
  const [node, parent, name] = target;
  node.name = name;
  parent.index = undefined;
}

export function copy(ctx: SetContext, cmd: SetCommand): void {
  const target = targetOf(ctx, cmd, "copy");
  if (target === undefined) return;
  const [node, parent, name] = target;
  attachChild(parent, copySubtree(node, name, cmd.line));
}

/** For `rename|copy <path> to <new-name>`: the node, its parent and the new name (free among siblings). */
function targetOf(ctx: SetContext, cmd: SetCommand, verb: string) {
  const at = keywordIndex(cmd, ["to"]);
  if (at < 0) {
    ctx.sink.error("parse/bad-command", `${verb}: expected '${verb} <path> to <new-name>'`, cmd.line);
    return undefined;
  }
  const node = existing(ctx, cmd, cmd.words.slice(0, at));
  const parent = node?.parent;
  if (node === undefined || parent === undefined) return undefined;
  const name = cmd.words[cmd.words.length - 1]!;
  if (childNamed(parent, name) !== undefined) {
    ctx.sink.error("parse/bad-command", `${verb}: '${name}' already exists next to '${node.name}'; command ignored`, cmd.line);
    return undefined;
  }
  return [node, parent, name] as const;
}
