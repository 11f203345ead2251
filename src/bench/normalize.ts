/**
 * Normalize benchmark: synthetic curly configurations that use groups the way large networks do
 * (a management group at the top, interface and routing-instance groups with wildcards, groups
 * applied deep in wide hierarchies, inactive statements), parsed and then normalized in this
 * process: warm-up, then best of 5, CPU time. Target: normalization ≤ 50 % of the parse time.
 * Two shapes: "typical" (the interface group applied to a tenth of the interfaces, as JVD
 * configurations do) and "heavy" (a wildcard group at the top reaching every interface: the worst
 * case, where most of the tree is inherited content).
 */
import type { ConfigNode } from "../model/config-tree.js";
import { normalizeInPlace } from "../normalize/index.js";
import { parseConfig } from "../parse/index.js";

const DEVICES = 8;
const ROUNDS = 5;

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

function cpuTime<T>(work: () => T): [number, T] {
  const start = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(start);
  return [(used.user + used.system) / 1000, result];
}

function countNodes(root: ConfigNode): number {
  let n = 1;
  for (const c of root.children) n += countNodes(c);
  return n;
}

function measure(label: string, texts: readonly string[]): void {
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  const gc = (globalThis as { gc?: () => void }).gc;
  let bestParse = Infinity;
  let bestNormalize = Infinity;
  let nodes = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    gc?.();
    const [parseMs, trees] = cpuTime(() => texts.map((t, i) => parseConfig(t, `bench-${i}.conf`, "curly").root!));
    gc?.();
    const [normalizeMs, effective] = cpuTime(() => trees.map((t) => normalizeInPlace(t).root));
    if (round === 0) {
      nodes = effective.reduce((n, t) => n + countNodes(t), 0);
      continue;
    }
    bestParse = Math.min(bestParse, parseMs);
    bestNormalize = Math.min(bestNormalize, normalizeMs);
  }
  const ratio = bestNormalize / bestParse;
  console.log(`${label}: ${texts.length} devices, ${(bytes / 1048576).toFixed(1)} MB of curly text, ${nodes} effective nodes`);
  console.log(`  parse (baseline) ${bestParse.toFixed(0)} ms, normalize ${bestNormalize.toFixed(0)} ms = ${(ratio * 100).toFixed(0)} % of parse — target ≤ 50 %: ${ratio <= 0.5 ? "met" : "NOT met"}`);
}

export async function run(): Promise<void> {
  measure("typical", Array.from({ length: DEVICES }, (_, d) => syntheticConfig(d, 1500, 400, false)));
  measure("heavy", Array.from({ length: DEVICES }, (_, d) => syntheticConfig(d, 1500, 400, true)));
}
