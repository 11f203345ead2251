import picomatch from "picomatch";
import type { Result } from "../model/report.js";
import type { ConfiguredWaiver } from "../config/types.js";

const DAY_MS = 86_400_000;

/** A waiver applies through the whole of its `expires` day (UTC). */
export function isExpired(waiver: Pick<ConfiguredWaiver, "expires">, now: Date): boolean {
  return now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + DAY_MS;
}

/** Days left until the waiver stops applying (0 on its last day). */
export function daysLeft(waiver: Pick<ConfiguredWaiver, "expires">, now: Date): number {
  return Math.floor((Date.parse(`${waiver.expires}T00:00:00Z`) + DAY_MS - now.getTime()) / DAY_MS);
}

/** "system services rest" covers "system services rest https" but not "system services restconf". */
function pathCovers(prefix: string, path: string): boolean {
  const want = prefix.trim().split(/\s+/);
  const have = path.trim().split(/\s+/);
  return want.length <= have.length && want.every((word, i) => have[i] === word);
}

export type ResultMatcher = (result: Result) => boolean;

/** Whether a waiver covers a failing result: same rule, device glob, path prefix and object when given. */
export function waiverMatcher(waiver: ConfiguredWaiver): ResultMatcher {
  const deviceMatches = picomatch(waiver.devices, { dot: true });
  return (result) =>
    result.status === "fail" &&
    result.ruleId === waiver.ruleId &&
    deviceMatches(result.device) &&
    (waiver.path === undefined || pathCovers(waiver.path, result.path)) &&
    (waiver.object === undefined || result.object === waiver.object);
}

/** How a waiver is named in messages. */
export function describeWaiver(waiver: ConfiguredWaiver): string {
  const scope = [
    `devices "${waiver.devices}"`,
    ...(waiver.path === undefined ? [] : [`path "${waiver.path}"`]),
    ...(waiver.object === undefined ? [] : [`object "${waiver.object}"`]),
  ];
  return `waiver for ${waiver.ruleId} on ${scope.join(", ")} (owner ${waiver.owner})`;
}
