import type { Rule } from "../engine/types.js";

/** `junos-audit rules`: the catalogue as a table or as JSON (metadata only). */
export function listRules(rules: readonly Rule[], format: "text" | "json"): string {
  const metas = rules.map((r) => r.meta);
  if (format === "json") return `${JSON.stringify(metas, null, 2)}\n`;
  const idWidth = Math.max(...metas.map((m) => m.id.length), 2);
  const lines = metas.map((m) => `${m.id.padEnd(idWidth)}  ${m.severity.padEnd(8)}  ${m.title}`);
  return `${"id".padEnd(idWidth)}  severity  title\n${lines.join("\n")}\n\n${metas.length} rules. Details: docs/rules/<id>.md\n`;
}
