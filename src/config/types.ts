import type { Severity, Waiver } from "../model/report.js";

export const CONFIG_FILE_NAME = ".junos-audit.yaml";
export const DEFAULT_PROFILE = "default";

/** A waiver as configured: the report's Waiver plus where it was written, for diagnostics. */
export interface ConfiguredWaiver extends Waiver {
  uri?: string | undefined;
  line?: number | undefined;
}

export interface ProjectConfig {
  /** The file it was read from. */
  uri: string;
  profile: string;
  /** Per rule id: "off", or the severity to report it with. */
  rules: Record<string, Severity | "off">;
  certificates: { expiryWarningDays?: number | undefined };
  waivers: ConfiguredWaiver[];
  failOn?: Severity | undefined;
}

export interface LoadOptions {
  /** The rule catalogue's ids: any other id in `rules` or `waivers` is an error naming it. */
  knownRuleIds?: readonly string[] | undefined;
}
