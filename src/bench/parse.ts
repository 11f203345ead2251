/**
 * Parse benchmark: a synthetic fleet of curly configurations (≥ 100 MB parsed per run) against
 * `JSON.parse` of the same trees as JSON, measured in this process: warm-up, then best of 3.
 * Target: curly time ≤ 1.5 × JSON.parse time. The other formats (the same trees as `display set`,
 * `display xml` and `display json`) are reported the same way. Devices are parsed one by one and
 * the trees dropped at once.
 */
import type { ConfigNode } from "../model/config-tree.js";
import { parseCurly } from "../parse/curly.js";
import { parseJson } from "../parse/json.js";
import { toCurly } from "../parse/print-curly.js";
import { toSetLines } from "../parse/print-set.js";
import { parseXml } from "../parse/xml.js";
import { toJunosJson, toXml } from "./fleet-forms.js";

/** A string as `readFile(…, "utf8")` would give it (flat, not a concatenation rope). */
function asRead(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}
import { parseSet } from "../parse/set.js";
import { syntheticDevice, toPlainObject } from "./parse-fleet.js";

const TARGET_BYTES = 100 * 1024 * 1024;
const POOL_SIZE = 48;
const ROUNDS = 3;

interface Fleet {
  curly: string[];
  json: string[];
  set: string[];
  xml: string[];
  junosJson: string[];
}

function buildPool(): Fleet {
  const fleet: Fleet = { curly: [], json: [], set: [], xml: [], junosJson: [] };
  for (let i = 0; i < POOL_SIZE; i++) {
    const tree = syntheticDevice(i);
    // Every text goes through bytes, as if read from a file: flat strings, like real input.
    fleet.curly.push(asRead(toCurly(tree)));
    fleet.json.push(asRead(JSON.stringify(toPlainObject(tree))));
    fleet.set.push(asRead(`${toSetLines(tree).join("\n")}\n`));
    fleet.xml.push(asRead(toXml(tree)));
    fleet.junosJson.push(asRead(toJunosJson(tree)));
  }
  return fleet;
}

/** Every format of the first device must read back as the same statements, without an error. */
function checkForms(fleet: Fleet): void {
  const statements = (root: ConfigNode | undefined): string => (root === undefined ? "" : toSetLines(root).sort().join("\n"));
  const reference = statements(parseCurly(fleet.curly[0]!, "check.conf").root);
  const forms = { set: parseSet(fleet.set[0]!, "check.set"), xml: parseXml(fleet.xml[0]!, "check.xml"), json: parseJson(fleet.junosJson[0]!, "check.json") };
  for (const [format, parsed] of Object.entries(forms)) {
    const ok = statements(parsed.root) === reference && !parsed.diagnostics.some((d) => d.level === "error");
    if (!ok) console.log(`warning: the ${format} form of device 0 does not read back as the curly one`);
  }
}

/** Parses texts round-robin until `target` bytes were parsed; returns [milliseconds, bytes, checksum]. */
function timeParse(texts: readonly string[], target: number, parse: (t: string) => number): [number, number, number] {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  let bytes = 0;
  let check = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; bytes < target; i = (i + 1) % texts.length) {
    const t = texts[i]!;
    check += parse(t);
    bytes += t.length;
  }
  return [Number(process.hrtime.bigint() - start) / 1e6, bytes, check];
}

function best(texts: readonly string[], target: number, parse: (t: string) => number): [number, number] {
  timeParse(texts, Math.min(target, 20 * 1024 * 1024), parse);
  let bestMs = Infinity;
  let bytes = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const [ms, b] = timeParse(texts, target, parse);
    if (ms < bestMs) [bestMs, bytes] = [ms, b];
  }
  return [bestMs, bytes];
}

const mbps = (bytes: number, ms: number): string => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(1);

export async function run(): Promise<void> {
  const fleet = buildPool();
  checkForms(fleet);
  const curlyPool = fleet.curly.reduce((n, t) => n + t.length, 0);
  const rounds = Math.ceil(TARGET_BYTES / curlyPool);
  console.log(`fleet: ${POOL_SIZE} distinct synthetic devices, ${(curlyPool / 1024 / 1024).toFixed(1)} MB of curly text, parsed round-robin ${rounds}× per run`);
  const [curlyMs, curlyBytes] = best(fleet.curly, rounds * curlyPool, (t) => parseCurly(t, "bench.conf").root?.children.length ?? 0);
  const jsonTarget = rounds * fleet.json.reduce((n, t) => n + t.length, 0);
  const [jsonMs, jsonBytes] = best(fleet.json, jsonTarget, (t) => Object.keys(JSON.parse(t) as object).length);
  const setTarget = rounds * fleet.set.reduce((n, t) => n + t.length, 0);
  const [setMs, setBytes] = best(fleet.set, setTarget, (t) => parseSet(t, "bench.set").root?.children.length ?? 0);
  const xmlTarget = rounds * fleet.xml.reduce((n, t) => n + t.length, 0);
  const [xmlMs, xmlBytes] = best(fleet.xml, xmlTarget, (t) => parseXml(t, "bench.xml").root?.children.length ?? 0);
  const junosJsonTarget = rounds * fleet.junosJson.reduce((n, t) => n + t.length, 0);
  const [junosJsonMs, junosJsonBytes] = best(fleet.junosJson, junosJsonTarget, (t) => parseJson(t, "bench.json").root?.children.length ?? 0);
  const row = (name: string, bytes: number, ms: number): string[] => [name, (bytes / 1048576).toFixed(0), ms.toFixed(0), mbps(bytes, ms), (ms / jsonMs).toFixed(2)];
  const rows = [
    ["parser", "MB parsed", "best ms", "MB/s", "× JSON.parse"],
    row("JSON.parse (baseline)", jsonBytes, jsonMs),
    row("curly", curlyBytes, curlyMs),
    row("set", setBytes, setMs),
    row("xml", xmlBytes, xmlMs),
    row("json (display json)", junosJsonBytes, junosJsonMs),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "));
  console.log(`target: curly ≤ 1.50 × JSON.parse — ${curlyMs / jsonMs <= 1.5 ? "met" : "NOT met"}`);
}
