import type { ConfiguredWaiver } from "../config/types.js";
import { CONFIG_FILE_NAME } from "../config/types.js";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";
import type { Result } from "../model/report.js";
import { daysLeft, describeWaiver, isExpired, waiverMatcher } from "./match.js";

export interface WaiverOutcome {
  results: Result[];
  /** Expired waivers, waivers that matched nothing, waivers about to expire. */
  diagnostics: Diagnostic[];
}

/** Waivers that expire within this many days are mentioned, so their owner can act in time. */
export const EXPIRY_NOTICE_DAYS = 14;

function note(waiver: ConfiguredWaiver, level: "warning" | "info", code: string, message: string): Diagnostic {
  return diagnostic(level, code, message, waiver.uri ?? CONFIG_FILE_NAME, waiver.line);
}

/**
 * Marks failing results covered by an active waiver as `waived` (the first matching waiver wins).
 * Expired waivers do not apply; they and waivers that match nothing become warnings.
 */
export function applyWaivers(results: readonly Result[], waivers: readonly ConfiguredWaiver[], now: Date): WaiverOutcome {
  const diagnostics: Diagnostic[] = [];
  const active = waivers.map((waiver) => ({ waiver, matches: waiverMatcher(waiver), used: 0 }));
  const live = active.filter(({ waiver }) => !isExpired(waiver, now));
  const out = results.map((result) => {
    const entry = live.find(({ matches }) => matches(result));
    if (entry === undefined) return result;
    entry.used += 1;
    const { reason, owner, expires } = entry.waiver;
    return { ...result, status: "waived" as const, waiver: { reason, owner, expires } };
  });
  for (const entry of active) {
    const { waiver } = entry;
    const name = describeWaiver(waiver);
    if (isExpired(waiver, now)) {
      const affected = results.filter(entry.matches).length;
      diagnostics.push(note(waiver, "warning", "waiver/expired", `The ${name} expired on ${waiver.expires}; the ${affected} failing result(s) it covered are reported as failures again.`));
    } else if (entry.used === 0) {
      diagnostics.push(note(waiver, "warning", "waiver/unused", `The ${name} matched no failing result: remove it, or correct its rule, devices, path or object.`));
    } else if (daysLeft(waiver, now) < EXPIRY_NOTICE_DAYS) {
      diagnostics.push(note(waiver, "info", "waiver/expires-soon", `The ${name} expires on ${waiver.expires} and covers ${entry.used} failing result(s).`));
    }
  }
  return { results: out, diagnostics };
}
