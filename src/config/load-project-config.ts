import { readFileSync } from "node:fs";
import { LineCounter, parseDocument, type Document } from "yaml";
import { ConfigError } from "../errors.js";
import type { Severity } from "../model/report.js";
import { schemaValidator } from "./ajv.js";
import { explain } from "./explain.js";
import { displayKey, lineOf } from "./yaml-lines.js";
import { DEFAULT_PROFILE, type ConfiguredWaiver, type LoadOptions, type ProjectConfig } from "./types.js";

/** What the schema guarantees about the parsed file. */
interface RawConfig {
  profile?: string;
  failOn?: Severity;
  rules?: Record<string, Severity | "off">;
  certificates?: { expiryWarningDays?: number };
  waivers?: { rule: string; devices: string; path?: string; object?: string; reason: string; owner: string; expires: string }[];
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function parseYaml(text: string, uri: string): { doc: Document; counter: LineCounter } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const [first] = doc.errors;
  if (first) throw new ConfigError(`not valid YAML: ${first.message.split("\n")[0] ?? first.code}`, uri, counter.linePos(first.pos[0]).line);
  return { doc, counter };
}

function checkSemantics(raw: RawConfig, doc: Document, counter: LineCounter, uri: string, options: LoadOptions): void {
  const known = options.knownRuleIds === undefined ? undefined : new Set(options.knownRuleIds);
  for (const id of Object.keys(raw.rules ?? {})) {
    if (known && !known.has(id)) throw new ConfigError(`rules.${id}: unknown rule id "${id}" (see \`junos-audit rules\`)`, uri, lineOf(doc, counter, ["rules"], id));
  }
  (raw.waivers ?? []).forEach((waiver, index) => {
    const keys = ["waivers", index];
    if (known && !known.has(waiver.rule)) {
      throw new ConfigError(`${displayKey([...keys, "rule"])}: unknown rule id "${waiver.rule}" (see \`junos-audit rules\`)`, uri, lineOf(doc, counter, [...keys, "rule"]));
    }
    if (!isCalendarDate(waiver.expires)) {
      throw new ConfigError(`${displayKey([...keys, "expires"])}: "${waiver.expires}" is not a calendar date (expected YYYY-MM-DD)`, uri, lineOf(doc, counter, [...keys, "expires"]));
    }
  });
}

/** Parses and validates the text of a project config; `uri` names it in errors. */
export function parseProjectConfig(text: string, uri: string, options: LoadOptions = {}): ProjectConfig {
  const { doc, counter } = parseYaml(text, uri);
  const value: unknown = doc.toJS() ?? {};
  const validate = schemaValidator("config.schema.json");
  if (!validate(value)) {
    const [first] = validate.errors ?? [];
    if (first === undefined) throw new ConfigError("does not match the configuration schema", uri);
    const explained = explain(first);
    throw new ConfigError(explained.message, uri, lineOf(doc, counter, explained.keys, explained.childKey));
  }
  const raw = value as RawConfig;
  checkSemantics(raw, doc, counter, uri, options);
  const waivers: ConfiguredWaiver[] = (raw.waivers ?? []).map((w, index) => ({
    ruleId: w.rule,
    devices: w.devices,
    ...(w.path === undefined ? {} : { path: w.path }),
    ...(w.object === undefined ? {} : { object: w.object }),
    reason: w.reason,
    owner: w.owner,
    expires: w.expires,
    uri,
    line: lineOf(doc, counter, ["waivers", index]),
  }));
  return {
    uri,
    profile: raw.profile ?? DEFAULT_PROFILE,
    rules: { ...raw.rules },
    certificates: { ...raw.certificates },
    waivers,
    ...(raw.failOn === undefined ? {} : { failOn: raw.failOn }),
  };
}

/** Reads and validates a project config file; every problem is a ConfigError with file and line. */
export function loadProjectConfig(path: string, options: LoadOptions = {}): ProjectConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    throw new ConfigError(`cannot read the project configuration (${code})`, path);
  }
  return parseProjectConfig(text, path, options);
}
