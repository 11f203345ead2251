/** Durations in the inventory: `30s`, `1.5s`, `500ms`, `2m`; a bare number is seconds. */
const DURATION = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m)?$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000 } as const;

/** Milliseconds, or undefined when `value` is not a positive duration. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === "number") return value > 0 && Number.isFinite(value) ? value * 1000 : undefined;
  const match = DURATION.exec(value.trim());
  if (match === null) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] ?? "s") as keyof typeof UNIT_MS;
  const ms = amount * UNIT_MS[unit];
  return ms > 0 ? ms : undefined;
}

/** "30 s", "1.5 s", "250 ms": for messages a network engineer reads. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** "256 MB", "1.5 MB", "900 bytes" (MB = 2^20 bytes, as the --max-reply option counts). */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  const kb = bytes / 1024;
  if (kb >= 1) return `${Number.isInteger(kb) ? kb : kb.toFixed(1)} KB`;
  return `${bytes} bytes`;
}
