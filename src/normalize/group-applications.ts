import { childNamed, type ConfigNode, type Inheritance } from "../model/config-tree.js";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";
import { groupContentAt, type GroupMemo } from "./group-content.js";

/** Group content that applies to one target node, and the `apply-groups` statement that brought it. */
export interface Source {
  readonly via: Inheritance;
  readonly node: ConfigNode;
}

export interface GroupContext {
  readonly groups: ReadonlyMap<string, ConfigNode>;
  /** Groups that exist but are inactive (pruned before inheritance): applying them is not an error. */
  readonly inactiveGroups: ReadonlySet<string>;
  readonly diagnostics: Diagnostic[];
  /** Diagnostics already given, by code and word (a word inside a wildcard group is met once per match). */
  readonly reported: Map<ConfigNode, Set<string>>;
  readonly memo: GroupMemo;
}

/** What applies at one level: group content in priority order, and the groups blocked here and below. */
export interface Level {
  readonly sources: readonly Source[];
  readonly blocked: ReadonlySet<string>;
}

const CLUSTER_NODE_VARIABLE = "${node}";
const PER_ENGINE = new Set(["re0", "re1", "node0", "node1"]);

function valuesBelow(nodes: readonly (ConfigNode | undefined)[], keyword: string): ConfigNode[] {
  const out: ConfigNode[] = [];
  for (const node of nodes) {
    const list = node === undefined ? undefined : childNamed(node, keyword);
    if (list !== undefined) out.push(...list.children);
  }
  return out;
}

function holdsGroupStatement(node: ConfigNode | undefined): boolean {
  if (node === undefined) return false;
  for (const child of node.children) if (child.name === "apply-groups" || child.name === "apply-groups-except") return true;
  return false;
}

/** Does any of this group content hold `apply-groups` or `apply-groups-except`? */
export function mentionsGroups(inherited: readonly Source[]): boolean {
  for (const source of inherited) if (holdsGroupStatement(source.node)) return true;
  return false;
}

function report(ctx: GroupContext, word: ConfigNode, level: Diagnostic["level"], code: string, message: string): void {
  let codes = ctx.reported.get(word);
  if (codes === undefined) ctx.reported.set(word, (codes = new Set()));
  if (codes.has(code)) return;
  codes.add(code);
  ctx.diagnostics.push(diagnostic(level, code, message, word.source.uri, word.line));
}

/** The group names an `apply-groups` word stands for; reserved groups are reported and left out. */
function groupNames(ctx: GroupContext, word: ConfigNode): string[] {
  const name = word.name;
  if (name === CLUSTER_NODE_VARIABLE) {
    report(ctx, word, "info", "normalize/cluster-node-groups",
      `apply-groups "${name}" means group node0 on cluster node 0 and node1 on node 1; the auditor cannot know which node this is, so both are applied`);
    return ["node0", "node1"];
  }
  if (name.startsWith("junos-")) {
    report(ctx, word, "info", "normalize/reserved-group",
      `group '${name}' is a Junos preset (junos-* names are reserved) whose content is not in the configuration; it is not applied`);
    return [];
  }
  if (PER_ENGINE.has(name)) {
    report(ctx, word, "info", "normalize/per-engine-group",
      `group '${name}' applies only on ${name.startsWith("re") ? "Routing Engine" : "cluster node"} ${name}; the auditor cannot know which one is active, so it is applied anyway`);
  }
  return [name];
}

/**
 * Resolves the `apply-groups` / `apply-groups-except` of one level: the local statements first, then
 * those inherited from group content, then (to convergence) those inside the newly applied groups.
 * The groups applied here come before the `inherited` ones: a group applied deeper wins.
 */
export function resolveLevel(ctx: GroupContext, local: ConfigNode | undefined, inherited: readonly Source[], path: readonly string[], blocked: ReadonlySet<string>): Level {
  if (!holdsGroupStatement(local) && !mentionsGroups(inherited)) return { sources: inherited, blocked };
  const here = [local, ...inherited.map((s) => s.node)];
  const excepts = valuesBelow(here, "apply-groups-except");
  const nowBlocked = excepts.length === 0 ? blocked : new Set([...blocked, ...excepts.map((w) => w.name)]);
  const queue = valuesBelow(here, "apply-groups");
  if (queue.length === 0 && excepts.length === 0) return { sources: inherited, blocked };

  const applied = new Set<string>();
  const sources: Source[] = [];
  for (let i = 0; i < queue.length; i++) {
    const word = queue[i]!;
    for (const name of groupNames(ctx, word)) {
      if (nowBlocked.has(name) || applied.has(name)) continue;
      const group = ctx.groups.get(name);
      if (group === undefined && ctx.inactiveGroups.has(name)) {
        report(ctx, word, "info", "normalize/inactive-group", `group '${name}' is inactive, so nothing is inherited from it`);
        continue;
      }
      if (group === undefined) {
        report(ctx, word, "warning", "normalize/unknown-group", `apply-groups refers to group '${name}', which is not defined under [edit groups]; nothing is inherited from it`);
        continue;
      }
      applied.add(name);
      const via: Inheritance = { group: name, applyLine: word.line, applySource: word.source };
      const content = groupContentAt(ctx.memo, group, path);
      for (const node of content) sources.push({ via, node });
      queue.push(...valuesBelow(content, "apply-groups"));
    }
  }
  for (const s of inherited) if (!nowBlocked.has(s.via.group)) sources.push(s);
  return { sources, blocked: nowBlocked };
}
