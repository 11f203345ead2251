import { findConfigFile, loadProjectConfig, type ProjectConfig } from "../config/index.js";
import { UsageError } from "../errors.js";
import type { Rule, RuleSettings } from "../engine/types.js";
import type { Severity } from "../model/report.js";
import type { ScanOptions } from "./options.js";
import type { Io } from "./run.js";

export interface RunSettings {
  rules: Rule[];
  ruleSettings: RuleSettings;
  profile: string;
  project: ProjectConfig | undefined;
  configUri: string | undefined;
  /** --fail-on, else the config's failOn, else low. */
  failOn: Severity;
}

/** The clock: JUNOS_AUDIT_NOW (ISO date) pins it for reproducible reports; otherwise the real time. */
function now(env: NodeJS.ProcessEnv): Date {
  const pinned = env.JUNOS_AUDIT_NOW;
  if (pinned === undefined || pinned === "") return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new UsageError(`JUNOS_AUDIT_NOW must be an ISO date such as 2026-11-22T00:00:00Z (got "${pinned}")`);
  return date;
}

/** Project config (rule selection, severity overrides, expiry window, waivers) + CLI options. */
export function loadSettings(options: ScanOptions, io: Io, catalogue: readonly Rule[]): RunSettings {
  const configUri = options.config ?? findConfigFile(io.cwd);
  const project = configUri === undefined ? undefined : loadProjectConfig(configUri, { knownRuleIds: catalogue.map((r) => r.meta.id) });
  const rules: Rule[] = [];
  for (const rule of catalogue) {
    const choice = project?.rules[rule.meta.id];
    if (choice === "off") continue;
    rules.push(choice === undefined ? rule : { ...rule, meta: { ...rule.meta, severity: choice as Severity } });
  }
  return {
    rules,
    ruleSettings: { now: now(io.env), expiryWarningDays: project?.certificates.expiryWarningDays ?? 60 },
    profile: options.profile ?? project?.profile ?? "default",
    project,
    configUri,
    failOn: options.failOn ?? project?.failOn ?? "low",
  };
}
