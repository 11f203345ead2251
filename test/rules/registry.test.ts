/**
 * The registry is the rule list: it must agree with the rule files, their ids, their docs, their
 * tests and the public catalogue (spec/RULES.md, when the spec sits beside the repository).
 * Doc examples are run through the rule: "Fails:" must fail, "Passes:" must not.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { RULE_IDS, registry, ruleById, rules } from "../../src/rules/index.js";
import { SEVERITIES } from "../../src/model/report.js";
import { runCase } from "../helpers/rule-tester.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const RULES_MD = resolve(ROOT, "../shared/spec/RULES.md");
const REQUIRED_HEADINGS = ["## What it checks", "## Why", "## How to fix", "## Examples", "## Not applicable when"];
const COMMAND = /^(set|delete|deactivate|activate|request) \S/;

const ruleFiles = readdirSync(join(ROOT, "src/rules")).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.slice(0, -3)).sort();
const doc = (id: string): string => readFileSync(join(ROOT, "docs/rules", `${id}.md`), "utf8");

/** `| \`id\` | … | sev | …` rows of RULES.md → id → severity column (first word: "high / low" → high). */
function catalogue(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  let sevColumn = -1;
  for (const line of markdown.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells[1] === "id") sevColumn = cells.indexOf("sev");
    const id = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? "")?.[1];
    if (id !== undefined && sevColumn > 0) out.set(id, (cells[sevColumn] ?? "").split(/\s/)[0] ?? "");
  }
  return out;
}

/** The code block that follows `label` (e.g. "Fails:") in a doc page. */
function exampleAfter(markdown: string, label: string): string | undefined {
  const at = markdown.indexOf(`\n${label}\n`);
  if (at < 0) return undefined;
  return /```[a-z]*\n([\s\S]*?)```/.exec(markdown.slice(at))?.[1]?.trim();
}

describe("rule registry", () => {
  it("is sorted by id, without duplicates", () => {
    expect(RULE_IDS).toEqual([...RULE_IDS].sort());
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(rules.map((r) => r.meta.id)).toEqual(RULE_IDS);
  });

  it("registers every module in src/rules, and nothing else", () => {
    expect(RULE_IDS).toEqual(ruleFiles);
  });

  it.each(ruleFiles)("%s: the module's default export is registered under its file name", async (id) => {
    const module = (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, "src/rules", `${id}.ts`)).href)) as { default: unknown };
    expect(ruleById(id)).toBe(module.default);
    expect(registry[id as keyof typeof registry].meta.id).toBe(id);
  });

  it("has a test file and a doc page for every rule, and no doc page without a rule", () => {
    const missingTests = RULE_IDS.filter((id) => !existsSync(join(ROOT, "test/rules", `${id}.test.ts`)));
    const missingDocs = RULE_IDS.filter((id) => !existsSync(join(ROOT, "docs/rules", `${id}.md`)));
    const orphanDocs = readdirSync(join(ROOT, "docs/rules")).filter((f) => f.endsWith(".md") && ruleById(f.slice(0, -3)) === undefined);
    expect({ missingTests, missingDocs, orphanDocs }).toEqual({ missingTests: [], missingDocs: [], orphanDocs: [] });
  });

  it("returns undefined for an unknown id", () => {
    expect(ruleById("no-such-rule")).toBeUndefined();
    expect(ruleById("toString")).toBeUndefined();
  });

  it.skipIf(!existsSync(RULES_MD))("matches spec/RULES.md: every id registered, same severity", () => {
    const spec = catalogue(readFileSync(RULES_MD, "utf8"));
    expect(spec.size).toBeGreaterThan(0);
    expect([...spec.keys()].sort()).toEqual(RULE_IDS);
    const mismatched = [...spec].filter(([id, sev]) => ruleById(id)?.meta.severity !== sev);
    expect(mismatched).toEqual([]);
  });
});

describe.each(RULE_IDS)("%s", (id) => {
  const rule = ruleById(id)!;
  const { meta } = rule;

  it("has complete metadata", () => {
    expect(SEVERITIES).toContain(meta.severity);
    expect(meta.title.length).toBeGreaterThan(0);
    expect(meta.rationale.length).toBeGreaterThan(20);
    expect(meta.controls.length).toBeGreaterThan(0);
    expect(meta.helpUri.endsWith(`/docs/rules/${id}.md`)).toBe(true);
    expect(meta.remediation.length).toBeGreaterThan(0);
    expect(meta.remediation.filter((c) => !COMMAND.test(c))).toEqual([]);
  });

  it("has a doc page that agrees with its metadata", () => {
    const page = doc(id);
    expect(page.startsWith(`# ${meta.title}\n`)).toBe(true);
    expect(page).toContain(`\`${id}\``);
    expect(page).toContain(`**severity:** ${meta.severity}`);
    for (const control of meta.controls) expect(page).toContain(control);
    expect(REQUIRED_HEADINGS.filter((h) => !page.includes(`\n${h}\n`))).toEqual([]);
    for (const command of meta.remediation) expect(page).toContain(command);
  });

  it("doc examples: 'Fails:' fails (or, for rules that need evidence, is inconclusive without it) and 'Passes:' does not", () => {
    const page = doc(id);
    const configOnly = page.includes("\n## Evidence needed\n\nNone");
    const failing = exampleAfter(page, "Fails:");
    const passing = exampleAfter(page, "Passes:");
    expect(failing, "a 'Fails:' example").toBeDefined();
    expect(passing, "a 'Passes:' example").toBeDefined();
    const failed = runCase(rule, { name: `${id} doc: fails`, config: failing!, expect: [] }).results;
    const failingResults = failed.filter((r) => r.status === "fail" || (!configOnly && r.status === "inconclusive"));
    expect(failingResults.length, `statuses: ${failed.map((r) => r.status).join(", ")}`).toBeGreaterThan(0);
    const passed = runCase(rule, { name: `${id} doc: passes`, config: passing!, expect: [] }).results;
    expect(passed.filter((r) => r.status === "fail" || r.status === "error").map((r) => r.message)).toEqual([]);
    expect(passed.some((r) => r.status === "pass" || r.status === "inconclusive")).toBe(true);
  });
});
