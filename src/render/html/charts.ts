import type { DeviceReport, Result, Severity } from "../../model/report.js";
import { compareText, SEVERITIES_WORST_FIRST } from "../order.js";
import { complianceScore } from "../summary.js";

const BAR_WIDTH = 300;
const ROW = 24;

export interface Segment { x: number; width: number; cls: string; label: string }
export interface BarRow { label: string; title: string; y: number; textY: number; segments: Segment[]; total: string }
export interface BarChart { height: number; rows: BarRow[]; note: string | null }

function segments(parts: { count: number; cls: string; label: string }[], scale: number): Segment[] {
  let x = 0;
  const out: Segment[] = [];
  for (const part of parts) {
    if (part.count === 0) continue;
    const width = Math.max(1, Math.round(part.count * scale * 10) / 10);
    out.push({ x: Math.round(x * 10) / 10, width, cls: part.cls, label: `${part.count} ${part.label}` });
    x += width;
  }
  return out;
}

/** Labels longer than the label column are shortened; the full text stays in the tooltip. */
function shorten(label: string, max = 32): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

function chart(rows: Omit<BarRow, "y" | "textY">[], note: string | null): BarChart {
  return { height: Math.max(ROW, rows.length * ROW), rows: rows.map((row, i) => ({ ...row, label: shorten(row.label), y: i * ROW + 4, textY: i * ROW + 16 })), note };
}

/** Per rule: pass / fail / waived as shares of the devices it judged (100 % stacked bars). */
export function ruleChart(results: readonly Result[], titles: ReadonlyMap<string, string>): BarChart {
  const counts = new Map<string, { pass: number; fail: number; waived: number }>();
  for (const r of results) {
    if (r.status !== "pass" && r.status !== "fail" && r.status !== "waived") continue;
    const entry = counts.get(r.ruleId) ?? { pass: 0, fail: 0, waived: 0 };
    entry[r.status] += 1;
    counts.set(r.ruleId, entry);
  }
  const rows = [...counts.entries()]
    .sort(([a, x], [b, y]) => y.fail / (y.pass + y.fail + y.waived) - x.fail / (x.pass + x.fail + x.waived) || compareText(a, b))
    .map(([id, c]) => {
      const judged = c.pass + c.fail + c.waived;
      const parts = [
        { count: c.fail, cls: "seg-fail", label: "fail" },
        { count: c.waived, cls: "seg-waived", label: "waived" },
        { count: c.pass, cls: "seg-pass", label: "pass" },
      ];
      return { label: id, title: titles.get(id) ?? id, segments: segments(parts, BAR_WIDTH / judged), total: `${c.fail} / ${judged} fail` };
    });
  return chart(rows, rows.length === 0 ? "No rule passed or failed on any device." : null);
}

/** The devices with the most failures, each bar split by severity, on one scale. */
export function deviceChart(results: readonly Result[], limit = 15): BarChart {
  const bySeverity = new Map<string, Record<Severity, number>>();
  for (const r of results.filter((x) => x.status === "fail")) {
    const entry = bySeverity.get(r.device) ?? { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
    entry[r.severity] += 1;
    bySeverity.set(r.device, entry);
  }
  const total = (c: Record<Severity, number>) => SEVERITIES_WORST_FIRST.reduce((sum, s) => sum + c[s], 0);
  const ranked = [...bySeverity.entries()].sort(([a, x], [b, y]) => total(y) - total(x) || compareText(a, b));
  const max = ranked.length === 0 ? 1 : total(ranked[0]?.[1] ?? { critical: 0, high: 0, medium: 0, low: 0, info: 0 });
  const rows = ranked.slice(0, limit).map(([device, c]) => ({
    label: device,
    title: device,
    segments: segments(SEVERITIES_WORST_FIRST.map((s) => ({ count: c[s], cls: `seg-${s}`, label: s })), BAR_WIDTH / max),
    total: `${total(c)} failing`,
  }));
  const rest = ranked.length - rows.length;
  const note = ranked.length === 0 ? "No device has a failing result." : rest > 0 ? `and ${rest} more devices with failures` : null;
  return chart(rows, note);
}

export interface Tile { x: number; y: number; cls: string; device: string; label: string }
export interface DeviceGrid { width: number; height: number; tiles: Tile[] }

function tileClass(device: DeviceReport, score: number | null): string {
  if (device.status === "error") return "tile-error";
  if (score === null) return "tile-none";
  return score >= 95 ? "tile-good" : score >= 80 ? "tile-fair" : score >= 60 ? "tile-poor" : "tile-bad";
}

/** Every device as one square coloured by its compliance score. */
export function deviceGrid(devices: readonly DeviceReport[], results: readonly Result[], columns = 60): DeviceGrid {
  const counts = new Map<string, { pass: number; fail: number }>();
  for (const r of results) {
    if (r.status !== "pass" && r.status !== "fail") continue;
    const entry = counts.get(r.device) ?? { pass: 0, fail: 0 };
    entry[r.status] += 1;
    counts.set(r.device, entry);
  }
  const size = 16;
  const tiles = devices.map((device, i) => {
    const c = counts.get(device.name) ?? { pass: 0, fail: 0 };
    const score = complianceScore(c.pass, c.fail);
    const label = device.status === "error" ? `${device.name}: could not be read` : `${device.name}: ${score === null ? "nothing judged" : `${score.toFixed(1)}% (${c.fail} failing)`}`;
    return { x: (i % columns) * size, y: Math.floor(i / columns) * size, cls: tileClass(device, score), device: device.name, label };
  });
  const rows = Math.max(1, Math.ceil(devices.length / columns));
  return { width: Math.min(devices.length, columns) * size || size, height: rows * size, tiles };
}
