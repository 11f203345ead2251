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
  return copyActive(root, undefined) ?? copyShallow(root, undefined);
}

/** What the before-inheritance pass noticed on the way (so that later passes need no scan). */
export interface PreparedTree {
  root: ConfigNode;
  /** Inactive statements left in the tree (outside groups), in document order. */
  inactive: ConfigNode[];
  /** Nodes with an `apply-groups[-except]` at or below them (outside groups). */
  leadsToGroupStatement: Set<ConfigNode>;
}

/**
 * The before-inheritance pass on a tree the caller owns (normalize's), in place: removes what must
 * not take part in inheritance (inactive group content, inactive groups, inactive
 * `apply-groups[-except]`); other inactive statements stay, marked, so that group content cannot
 * re-create them. Notes those inactive statements and the nodes leading to `apply-groups`.
 */
export function prepareForInheritance(root: ConfigNode): PreparedTree {
  const book: Notebook = { notes: { root, inactive: [], leadsToGroupStatement: new Set() }, statements: [] };
  pruneForInheritance(root, undefined, false, book);
  const leads = book.notes.leadsToGroupStatement;
  for (const statement of book.statements) {
    for (let up = statement.parent; up !== undefined && !leads.has(up); up = up.parent) leads.add(up);
  }
  return book.notes;
}

/** Prunes below `node` for inheritance; true when `node` itself must go (emptied by its own statement). */
function pruneForInheritance(node: ConfigNode, parent: ConfigNode | undefined, inGroups: boolean, book: Notebook): boolean {
  const kids = node.children;
  const childrenInGroups = inGroups || (parent !== undefined && parent.parent === undefined && node.name === "groups");
  let kept = 0;
  let sharesPrunedStatement = false;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    let goes = child.inactive === true && inactiveForInheritance(child, childrenInGroups);
    // Most nodes are leaves: noted here rather than in a call of their own.
    if (!goes && child.children.length === 0) {
      if (!childrenInGroups) note(child, book);
    } else if (!goes) goes = pruneForInheritance(child, node, childrenInGroups, book);
    if (!goes) kids[kept++] = child;
    else if (diesWithChild(node, child)) sharesPrunedStatement = true;
  }
  if (kept < kids.length) {
    kids.length = kept;
    node.index = undefined;
  }
  if (parent === undefined) return false;
  if (kept === 0 && sharesPrunedStatement) return true;
  if (!childrenInGroups) note(node, book);
  return false;
}

interface Notebook {
  notes: PreparedTree;
  /** The `apply-groups[-except]` nodes outside groups. */
  statements: ConfigNode[];
}

function note(node: ConfigNode, book: Notebook): void {
  if (node.inactive === true) book.notes.inactive.push(node);
  if (isInheritanceWord(node.name)) book.statements.push(node);
}

/**
 * Copies the active part of `node` below `parent` (the caller places the copy among the parent's
 * children). Returns undefined when the node lost all its children to pruning and shares its
 * statement with one of them.
 */
function copyActive(node: ConfigNode, parent: ConfigNode | undefined): ConfigNode | undefined {
  const kids = node.children;
  const copied = kids.length === 0 ? [] : kids.slice();
  const copy = copyShallow(node, undefined, copied);
  let sharesPrunedStatement = false;
  let kept = 0;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    const childCopy = child.inactive === true ? undefined : copyActive(child, copy);
    if (childCopy !== undefined) copied[kept++] = childCopy;
    else if (diesWithChild(node, child)) sharesPrunedStatement = true;
  }
  if (kept < copied.length) copied.length = kept;
  if (parent === undefined) return copy;
  if (kept === 0 && sharesPrunedStatement) return undefined;
  copy.parent = parent;
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
