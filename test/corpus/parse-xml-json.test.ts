/**
 * The XML and JSON parsers over the real-world corpus in ../shared/corpus (skipped when absent).
 * Files that SOURCES.md flags (or describes as operational replies) must yield a diagnostic; the
 * others must parse without errors into a non-empty tree holding the values they visibly contain.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { find, valueOf, type ConfigNode } from "../../src/model/config-tree.js";
import { parseConfig } from "../../src/parse/index.js";
import { parseJson } from "../../src/parse/json.js";
import type { ParseResult } from "../../src/parse/types.js";
import { parseXml } from "../../src/parse/xml.js";

const CORPUS = join(process.cwd(), "..", "shared", "corpus");
const present = existsSync(join(CORPUS, "SOURCES.md"));

/** "xml/name.xml" entries of the "files flagged" list in SOURCES.md. */
function flaggedInSources(): Set<string> {
  const sources = readFileSync(join(CORPUS, "SOURCES.md"), "utf8");
  const out = new Set<string>();
  for (const m of sources.matchAll(/^- `((?:xml|json)\/[^`]+)` — /gm)) out.add(m[1]!);
  return out;
}

/** Operational replies SOURCES.md describes as "not configuration at all". */
const OPERATIONAL = new Set(["json/pyez__show-interface-terse.json", "json/pyez__get-route-information.json"]);
/** Flagged as invalid JSON only for what the brief says to tolerate (rpc-reply wrapper, `3m`). */
const TOLERATED = new Set(["json/pyez__get-configuration.json"]);

/** Values the files visibly contain (read from the files by eye). */
const KNOWN: Record<string, Record<string, string>> = {
  "xml/jtaf__dc1-borderleaf1.xml": { "system host-name": "dc1-borderleaf1" },
  "xml/jtaf__dc1-firewall1.xml": { "system host-name": "dc1-firewall1", "system services extension-service request-response grpc clear-text port": "32767" },
  "xml/jtaf__dc2-spine1.xml": { "system host-name": "dc2-spine1" },
  "xml/jtaf__wan-pe1.xml": { "system host-name": "wan-pe1" },
  "xml/pyez__get-configuration.xml": { "system host-name": "firefly", "system services web-management http interface": "ge-0/0/0.0" },
  "xml/pyez__show-configuration.xml": { "system host-name": "firefly", "system login user rick class": "super-user" },
  "xml/pyez__ofacts_chassis_get-configuration.xml": { "system host-name": "firefly" },
  "xml/pyez__domain_config_get-configuration.xml": { "system domain-name": "juniper.net" },
  "xml/pyez__factory_get-configuration-user.xml": { "system login user test class": "superuser" },
  "xml/scraplinc__juniper_junos_1_0_get_config.xml": { "system host-name": "vr-vqfx", "system login user boxen uid": "2000" },
  "xml/scraplinc__juniper_junos_1_0_get_config_filtered_single.xml": { "interfaces fxp0 unit 0 family inet address": "10.0.0.15/24" },
  "xml/napalm__get_config_candidate_format_text.xml": { "system host-name": "some-switch" },
  "xml/napalm__snmp_configuration.xml": { "snmp location": "Stockholm, Sweden" },
  "xml/napalm__system_login_user_configuration.xml": { "system login user dummy-test class": "unauthorized" },
  "json/pyez__get-configuration.json": { "system services netconf ssh port": "830", "system services netconf traceoptions file size": "3m" },
};

function corpusFiles(): string[] {
  if (!present) return [];
  return ["xml", "json"].flatMap((dir) => readdirSync(join(CORPUS, dir)).sort().map((name) => `${dir}/${name}`));
}

function parse(file: string): ParseResult {
  const text = readFileSync(join(CORPUS, file), "utf8");
  return file.startsWith("xml/") ? parseXml(text, file) : parseJson(text, file);
}

function valueAt(root: ConfigNode | undefined, path: string): string | undefined {
  return root === undefined ? undefined : valueOf(find(root, path.split(" ")));
}

describe.skipIf(!present)("XML and JSON parsers over the corpus", () => {
  const flagged = present ? flaggedInSources() : new Set<string>();

  it("finds the corpus files and the flagged list", () => {
    expect(corpusFiles().length).toBeGreaterThanOrEqual(20);
    expect(flagged.has("xml/jtaf__test.xml")).toBe(true);
  });

  it.each(corpusFiles())("%s", (file) => {
    const result = parse(file);
    for (const d of result.diagnostics) expect(d.uri).toBe(file);
    for (const d of result.diagnostics.filter((x) => x.level !== "info")) expect(d.line, d.message).toBeGreaterThan(0);
    const errors = result.diagnostics.filter((d) => d.level === "error");
    const expectProblem = (flagged.has(file) || OPERATIONAL.has(file)) && !TOLERATED.has(file);
    if (expectProblem) {
      if (result.skipped === true) {
        expect(result.root).toBeUndefined();
        expect(result.diagnostics.some((d) => d.level === "info" && d.code === "input/not-a-config")).toBe(true);
      } else {
        expect(errors.length, JSON.stringify(result.diagnostics)).toBeGreaterThan(0);
      }
    } else {
      expect(errors, JSON.stringify(errors)).toEqual([]);
      expect(result.skipped).not.toBe(true);
      expect(result.root?.children.length ?? 0).toBeGreaterThan(0);
    }
    for (const [path, value] of Object.entries(KNOWN[file] ?? {})) expect(valueAt(result.root, path), path).toBe(value);
  });

  it("reads the embedded text of a flagged napalm file despite its extra brace", () => {
    const result = parse("xml/napalm__get_config_sanitized_candidate_format_text.xml");
    expect(result.diagnostics.some((d) => d.level === "error" && d.line !== undefined)).toBe(true);
    expect(valueAt(result.root, "snmp location")).toBe("napalm");
  });

  it("gives the same word tree for the XML and the curly text of the same device (firefly)", () => {
    const words = (root: ConfigNode | undefined): string[] => {
      const out: string[] = [];
      const walk = (node: ConfigNode, prefix: string): void => {
        for (const c of node.children) {
          out.push(`${prefix}${c.name}`);
          walk(c, `${prefix}${c.name} `);
        }
      };
      if (root !== undefined) walk(root, "");
      return out;
    };
    const xml = parse("xml/pyez__get-configuration.xml").root;
    const text = parse("xml/pyez__show-configuration.xml").root;
    expect(words(xml).length).toBeGreaterThan(100);
    expect(words(xml)).toEqual(words(text));
  });

  it("reaches the same parsers through parseConfig's content detection", () => {
    for (const file of corpusFiles()) {
      const text = readFileSync(join(CORPUS, file), "utf8");
      const direct = parse(file);
      const dispatched = parseConfig(text, file);
      expect(dispatched.format, file).toBe(direct.format);
      expect(dispatched.root?.children.length, file).toBe(direct.root?.children.length);
    }
  });

  it("reports the device's rpc-error messages with their lines", () => {
    const result = parse("xml/pyez__load-configuration-error.xml");
    expect(result.diagnostics.map((d) => [d.level, d.line])).toEqual([["error", 8], ["error", 15]]);
    expect(result.diagnostics[0]!.message).toContain("syntax error");
  });
});
