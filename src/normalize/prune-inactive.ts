import type { ConfigNode } from "../model/config-tree.js";
import { copyShallow } from "./copy-node.js";

/**
 * Removing inactive statements, as the device ignores them at commit.
 *
 * Every node marked `inactive` goes with its subtree. Then the ancestors that became empty and were
 * written by the same statement (same line of the same file) go as well: curly text marks the last
 * word of a statement (`inactive: host-name r1;` marks `r1`), so `host-name` must go with it, just as
 * when `deactivate system host-name` marks `host-name` itself. Set files are exempt from the climb:
 * there every word of `set system services ssh root-login deny` shares one line, and deactivating
 * `root-login` must leave `ssh` (a statement of its own, with meaning) in place.
 *
 * normalize runs this twice, like Batfish's preprocessing: before inheritance on what inheritance
 * reads (group content, `groups`, `apply-groups`: inactive parts of groups never inherit), and after
 * it on everything, so that what a group brings below a deactivated statement goes with it.
 */

/** Does `node` go in the before-inheritance pass? `inGroups`: the node is below `[edit groups]`. */
function inactiveForInheritance(node: ConfigNode, inGroups: boolean): boolean {
  if (node.inactive !== true) return false;
  const parent = node.parent;
  if (inGroups || isInheritanceWord(node.name)) return true;
  return parent !== undefined && (isInheritanceWord(parent.name) || (parent.parent === undefined && node.name === "groups"));
}

function isInheritanceWord(name: string): boolean {
  return name === "apply-groups" || name === "apply-groups-except";
}

/** True when a node left without children should go because the statement that made it was pruned. */
export function diesWithChild(node: ConfigNode, pruned: ConfigNode): boolean {
  return node.source === pruned.source && node.line === pruned.line && node.source.format !== "set";
}

function containsInactive(node: ConfigNode): boolean {
  if (node.inactive === true) return true;
  for (const child of node.children) if (containsInactive(child)) return true;
  return false;
}

/** Pure: the tree without any inactive statement; the input itself when nothing is inactive. */
export function pruneInactive(root: ConfigNode): ConfigNode {
  if (!containsInactive(root)) return root;
  return copyActive(root, undefined, (node) => node.inactive === true, false) ?? copyShallow(root, undefined);
}

/** normalize's private copy, and what the copy pass noticed on the way (so later passes need no scan). */
export interface InheritanceCopy {
  root: ConfigNode;
  /** Inactive statements left in the copy (outside groups), in document order. */
  inactive: ConfigNode[];
  /** Nodes with an `apply-groups[-except]` at or below them (outside groups). */
  leadsToGroupStatement: Set<ConfigNode>;
}

/**
 * Pure, always a new root: the tree normalize works on. Removes what must not take part in
 * inheritance (inactive group content, inactive groups, inactive `apply-groups[-except]`); other
 * inactive statements stay, marked, so that group content cannot re-create them.
 *
 * Copies only what later passes may change: `groups`, every inactive node, every
 * `apply-groups[-except]`, and all their ancestors. Any other subtree is the input's own, shared
 * (never changed: inheritance copies a shared node before it adds to it, see apply-groups.ts). A
 * shared node's `parent` is therefore its parent in the input, which has the same word, line and
 * source as its parent in the copy. Nothing reads the raw tree after normalize (the pipeline keeps
 * only the effective one), and nothing changes the effective tree.
 */
export function copyForInheritance(root: ConfigNode): InheritanceCopy {
  const notes: InheritanceCopy = { root: root, inactive: [], leadsToGroupStatement: new Set() };
  const statements: ConfigNode[] = [];
  notes.root = copyChanged(root, undefined, false, { notes, statements }) ?? copyShallow(root, undefined);
  // Parents are attached after their children are copied: walk up once the copy is complete.
  for (const statement of statements) {
    for (let up = statement.parent; up !== undefined && !notes.leadsToGroupStatement.has(up); up = up.parent) notes.leadsToGroupStatement.add(up);
  }
  return notes;
}

/**
 * copyActive with inactiveForInheritance, sharing unchanged subtrees: returns `node` itself when
 * nothing at or below it is inactive, an inheritance word or group content; a copy otherwise
 * (whose copied children get it as parent); undefined when the node goes (as copyActive).
 */
function copyChanged(node: ConfigNode, parent: ConfigNode | undefined, inGroups: boolean, notes: Notebook): ConfigNode | undefined {
  const kids = node.children;
  const childrenInGroups = inGroups || (parent !== undefined && parent.parent === undefined && node.name === "groups");
  let copied: ConfigNode[] | undefined;
  let fresh: ConfigNode[] | undefined; // the children that are copies (they need `parent` set)
  let kept = 0;
  let sharesPrunedStatement = false;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    const result = child.inactive === true && inactiveForInheritance(child, childrenInGroups) ? undefined : copyChanged(child, node, childrenInGroups, notes);
    if (result === child && copied === undefined) {
      kept++;
      continue;
    }
    copied ??= kids.slice(0, kept);
    if (result !== undefined) {
      copied[kept++] = result;
      if (result !== child) (fresh ??= []).push(result);
    } else if (diesWithChild(node, child)) sharesPrunedStatement = true;
  }
  const changes = copied !== undefined || childrenInGroups || node.inactive === true || isInheritanceWord(node.name) || parent === undefined;
  if (!changes) return node;
  if (parent !== undefined && kept === 0 && sharesPrunedStatement) return undefined;
  const own = copied ?? (kids.length === 0 ? [] : kids.slice());
  const copy = copyShallow(node, undefined, own);
  if (fresh !== undefined) for (const child of fresh) child.parent = copy;
  if (parent !== undefined && !childrenInGroups) note(copy, notes);
  return copy;
}

interface Notebook {
  notes: InheritanceCopy;
  /** Copied `apply-groups[-except]` nodes. */
  statements: ConfigNode[];
}

function note(copy: ConfigNode, book: Notebook): void {
  if (copy.inactive === true) book.notes.inactive.push(copy);
  if (isInheritanceWord(copy.name)) book.statements.push(copy);
}

/**
 * Copies the part of `node` that `pruned` keeps below `parent` (the caller places the copy among
 * the parent's children). Returns undefined when the node lost all its children to pruning and
 * shares its statement with one of them.
 */
function copyActive(
  node: ConfigNode,
  parent: ConfigNode | undefined,
  pruned: (n: ConfigNode, inGroups: boolean) => boolean,
  inGroups: boolean,
  notes?: Notebook,
): ConfigNode | undefined {
  const kids = node.children;
  // Exactly sized children (a slice, then overwritten in place): the parsers' arrays grow by
  // pushing and carry spare room; the copy is the largest allocation of normalize.
  const copied = kids.length === 0 ? [] : kids.slice();
  const copy = copyShallow(node, undefined, copied);
  const childrenInGroups = inGroups || (parent !== undefined && parent.parent === undefined && node.name === "groups");
  let sharesPrunedStatement = false;
  let kept = 0;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    const childCopy = pruned(child, childrenInGroups) ? undefined : copyActive(child, copy, pruned, childrenInGroups, notes);
    if (childCopy !== undefined) copied[kept++] = childCopy;
    else if (diesWithChild(node, child)) sharesPrunedStatement = true;
  }
  if (kept < copied.length) copied.length = kept;
  if (parent === undefined) return copy;
  if (kept === 0 && sharesPrunedStatement) return undefined;
  copy.parent = parent;
  if (notes !== undefined && !childrenInGroups) note(copy, notes);
  return copy;
}

/** The groups under `[edit groups]` that are inactive (all of them when `groups` itself is). */
export function inactiveGroupNames(root: ConfigNode): Set<string> {
  const names = new Set<string>();
  for (const top of root.children) {
    if (top.name !== "groups") continue;
    for (const group of top.children) if (top.inactive === true || group.inactive === true) names.add(group.name);
  }
  return names;
}
