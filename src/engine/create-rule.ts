import type { Rule, RuleContext, RuleMeta } from "./types.js";

/** Where rule documentation is published; helpUri = DOCS_BASE + id + ".md". */
export const DOCS_BASE = "https://github.com/junos-audit/junos-audit/blob/main/docs/rules/";

export function createRule(def: {
  meta: Omit<RuleMeta, "helpUri">;
  check(ctx: RuleContext): void;
}): Rule {
  return { meta: { ...def.meta, helpUri: `${DOCS_BASE}${def.meta.id}.md` }, check: def.check };
}
