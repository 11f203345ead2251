/**
 * Normalize benchmark: what normalization adds to parsing, measured the way a scan works: device
 * by device, parse then normalize (in place), the trees dropped at once. Each fleet is run
 * alternately parse-only and parse + normalize in this process (warm-up, then the median of 5
 * rounds of each); the cost of normalization is the difference. Target: it adds ≤ 50 % to parsing.
 *
 * Fleets:
 * - "fleet": the parse benchmark's synthetic fleet (≥ 100 MB per round): system, groups applied at
 *   the top, interfaces (some inactive), policies, filters, BGP. The measure the target is for.
 * - "corpus": the real configurations of ../shared/corpus, when that folder is there.
 * - two stress shapes of groups (no real configuration seen so far is this dense): "group-dense"
 *   (400 routing instances each applying a wildcard group, an interface group applied to a tenth
 *   of 1,500 interfaces) and "wildcard-heavy" (the same with a `<xe-*>` group applied at the top,
 *   reaching every interface: most of each tree is then inherited content).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ConfigNode } from "../model/config-tree.js";
import { normalizeInPlace } from "../normalize/index.js";
import { parseConfig } from "../parse/index.js";
import { toCurly } from "../parse/print-curly.js";
import { syntheticDevice } from "./parse-fleet.js";

const ROUNDS = 5;
const FLEET_BYTES = 100 * 1024 * 1024;
const STRESS_BYTES = 40 * 1024 * 1024;
const CORPUS_BYTES = 20 * 1024 * 1024;

/** A group-heavy synthetic configuration (see above); `heavy`: the wildcard group at the top. */
export function syntheticConfig(device: number, interfaces: number, instances: number, heavy = true): string {
  const out: string[] = [
    "groups {",
    "    MGMT { system { services { ssh { protocol-version v2; } netconf { ssh; } rest { https { port 3443; cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 ]; } } } login { user <*> { class read-only; } } } }",
    "    INTF { interfaces { <xe-*> { mtu 9192; unit <*> { family inet { filter { input-list [ PROTECT ]; } } } } } }",
    "    VRF { routing-instances { <*> { instance-type vrf; vrf-table-label; routing-options { multipath; } } } }",
    "    inactive: OLD { system { services { telnet; } } }",
    "}",
    `apply-groups [ MGMT ${heavy ? "INTF " : ""}OLD ];`,
    "system {",
    `    host-name bench-${device};`,
    "    login {",
  ];
  for (let u = 0; u < 20; u++) out.push(`        user ops${u} { uid ${2000 + u}; }`);
  out.push("    }", "    services { inactive: ftp; ssh { root-login deny; } }", "}", "interfaces {");
  for (let i = 0; i < interfaces; i++) {
    out.push(`    xe-0/0/${i} {`, `        description "port ${i} of device ${device}";`, "        unit 0 {", "            family inet {");
    if (!heavy && i % 10 === 0) out.splice(out.length - 3, 0, "        apply-groups INTF;");
    out.push(`                address 10.${device % 250}.${i % 250}.1/24;`, "            }", "        }");
    if (i % 10 === 0) out.push(`        inactive: unit 1 { vlan-id ${i}; }`);
    out.push("    }");
  }
  out.push("}", "routing-instances {");
  for (let r = 0; r < instances; r++) {
    out.push(`    VRF-${r} {`, "        apply-groups VRF;", `        route-distinguisher 65000:${r};`, "        interface xe-0/0/0.0;", "    }");
  }
  out.push("}", "");
  return out.join("\n");
}


/** A string as `readFile(…, "utf8")` gives it (flat, not a concatenation rope). */
function asRead(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

interface Input {
  uri: string;
  text: string;
}

/** Parses (and normalizes) inputs round-robin until `target` bytes were read; returns milliseconds. */
function pass(inputs: readonly Input[], target: number, normalize: boolean): number {
  let bytes = 0;
  let check = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; bytes < target; i = (i + 1) % inputs.length) {
    const input = inputs[i]!;
    const root = parseConfig(input.text, input.uri).root;
    if (root !== undefined) check += (normalize ? normalizeInPlace(root).root : root).children.length;
    bytes += input.text.length;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return check >= 0 ? ms : -1;
}

const median = (values: readonly number[]): number => [...values].sort((x, y) => x - y)[values.length >> 1]!;

function measure(label: string, inputs: readonly Input[], target: number, stress = false): void {
  const poolBytes = inputs.reduce((n, t) => n + t.text.length, 0);
  const rounds = Math.max(1, Math.ceil(target / poolBytes));
  const bytes = rounds * poolBytes;
  pass(inputs, Math.min(bytes, 20 * 1024 * 1024), false);
  pass(inputs, Math.min(bytes, 20 * 1024 * 1024), true);
  const parseMs: number[] = [];
  const bothMs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    parseMs.push(pass(inputs, bytes, false));
    bothMs.push(pass(inputs, bytes, true));
  }
  const parse = median(parseMs);
  const both = median(bothMs);
  const adds = (both - parse) / parse;
  const verdict = stress ? "stress shape, the target is for the fleet" : `target ≤ 50 %: ${adds <= 0.5 ? "met" : "NOT met"}`;
  console.log(`${label.padEnd(15)} ${inputs.length} configurations, ${(bytes / 1048576).toFixed(0)} MB per round, ${inheritedPerHundred(inputs)} inherited nodes per 100 parsed`);
  console.log(`${"".padEnd(15)} parse ${parse.toFixed(0)} ms, parse + normalize ${both.toFixed(0)} ms: normalization adds ${(adds * 100).toFixed(0)} % (${verdict})`);
}

/**
 * How much of the effective trees normalization builds: nodes copied from groups per 100 nodes
 * parsed. Every inherited node is made with its provenance, so where a configuration inherits about
 * as much as it writes, normalizing it costs about as much as parsing it.
 */
function inheritedPerHundred(inputs: readonly Input[]): number {
  let parsed = 0;
  let inherited = 0;
  const count = (node: ConfigNode, onlyInherited: boolean): number => {
    let n = onlyInherited && node.inherited === undefined ? 0 : 1;
    for (const child of node.children) n += count(child, onlyInherited);
    return n;
  };
  for (const input of inputs) {
    const root = parseConfig(input.text, input.uri).root;
    if (root === undefined) continue;
    parsed += count(root, false);
    inherited += count(normalizeInPlace(root).root, true);
  }
  return Math.round((1000 * inherited) / Math.max(1, parsed)) / 10;
}

/** The usable configurations of ../shared/corpus (undefined when it is not there). */
function corpus(): Input[] | undefined {
  const dir = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
  const inputs: Input[] = [];
  try {
    for (const format of ["curly", "set", "xml", "json"]) {
      for (const name of readdirSync(join(dir, format))) {
        const uri = join(dir, format, name);
        const text = readFileSync(uri, "utf8");
        const parsed = parseConfig(text, uri);
        if (parsed.root !== undefined && parsed.skipped !== true) inputs.push({ uri, text });
      }
    }
  } catch {
    return undefined;
  }
  return inputs.length > 0 ? inputs : undefined;
}

export async function run(): Promise<void> {
  const fleet = Array.from({ length: 48 }, (_, i) => ({ uri: `bench-${i}.conf`, text: asRead(toCurly(syntheticDevice(i))) }));
  measure("fleet", fleet, FLEET_BYTES);
  const real = corpus();
  if (real !== undefined) measure("corpus", real, CORPUS_BYTES);
  else console.log("corpus          (../shared/corpus not found: skipped)");
  const shape = (heavy: boolean): Input[] => Array.from({ length: 24 }, (_, d) => ({ uri: `stress-${d}.conf`, text: asRead(syntheticConfig(d, 1500, 400, heavy)) }));
  measure("group-dense", shape(false), STRESS_BYTES, true);
  measure("wildcard-heavy", shape(true), STRESS_BYTES, true);
}
