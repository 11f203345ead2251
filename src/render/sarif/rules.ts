import type { ReportingDescriptor } from "sarif";
import type { RuleMeta } from "../../engine/types.js";
import { sentence } from "../context.js";
import { levelOf, SECURITY_SEVERITY } from "./levels.js";

/** GitHub shows at most 1024 characters of a description. */
function clip(text: string, max = 1024): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** "rest-https-mutual-auth" → "RestHttpsMutualAuth". */
export function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join("");
}

function helpMarkdown(rule: RuleMeta): string {
  const controls = rule.controls.map((control) => `- ${control}`).join("\n");
  return [
    `**${rule.title}** (${rule.severity})`,
    sentence(rule.rationale),
    "**Remediation**",
    ["```junos", ...rule.remediation, "```"].join("\n"),
    ...(controls ? ["**Controls**", controls] : []),
    `[Documentation](${rule.helpUri})`,
  ].join("\n\n");
}

function helpText(rule: RuleMeta): string {
  return [sentence(rule.rationale), "Remediation:", ...rule.remediation.map((line) => `  ${line}`)].join("\n");
}

/** GitHub keeps 20 tags per rule. */
function tagsOf(rule: RuleMeta): string[] {
  return ["security", ...rule.controls].slice(0, 20);
}

export function sarifRule(rule: RuleMeta): ReportingDescriptor {
  const securitySeverity = SECURITY_SEVERITY[rule.severity];
  return {
    id: rule.id,
    name: pascalName(rule.id),
    shortDescription: { text: clip(sentence(rule.title)) },
    fullDescription: { text: clip(sentence(rule.rationale)) },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: levelOf(rule.severity) },
    properties: {
      ...(securitySeverity === undefined ? {} : { "security-severity": securitySeverity }),
      tags: tagsOf(rule),
      precision: "very-high",
      severity: rule.severity,
    },
  };
}

/** A result whose rule is not in the catalogue still needs a descriptor (GitHub rejects dangling ids). */
export function unknownRule(id: string): ReportingDescriptor {
  return {
    id,
    name: pascalName(id),
    shortDescription: { text: `Rule ${id}.` },
    fullDescription: { text: `Rule ${id} is not in this build's catalogue.` },
    help: { text: `Rule ${id} is not in this build's catalogue.` },
    properties: { tags: ["security"] },
  };
}
