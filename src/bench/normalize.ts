/**
 * Normalize benchmark: synthetic curly configurations that use groups the way large networks do
 * (a management group at the top, wildcard interface and routing-instance groups, groups applied
 * deep in wide hierarchies, inactive statements), parsed and then normalized in this process:
 * warm-up, then best of 5. Target: normalization ≤ 50 % of the parse time of the same text.
 */
import type { ConfigNode } from "../model/config-tree.js";
import { normalize } from "../normalize/index.js";
import { parseConfig } from "../parse/index.js";

const DEVICES = 8;
const ROUNDS = 5;

export function syntheticConfig(device: number, interfaces: number, instances: number): string {
  const out: string[] = [
    "groups {",
    "    MGMT { system { services { ssh { protocol-version v2; } netconf { ssh; } rest { https { port 3443; cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 ]; } } } login { user <*> { class read-only; } } } }",
    "    INTF { interfaces { <xe-*> { mtu 9192; unit <*> { family inet { filter { input-list [ PROTECT ]; } } } } } }",
    "    VRF { routing-instances { <*> { instance-type vrf; vrf-table-label; routing-options { multipath; } } } }",
    "    inactive: OLD { system { services { telnet; } } }",
    "}",
    "apply-groups [ MGMT INTF OLD ];",
    "system {",
    `    host-name bench-${device};`,
    "    login {",
  ];
  for (let u = 0; u < 20; u++) out.push(`        user ops${u} { uid ${2000 + u}; }`);
  out.push("    }", "    services { inactive: ftp; ssh { root-login deny; } }", "}", "interfaces {");
  for (let i = 0; i < interfaces; i++) {
    out.push(`    xe-0/0/${i} {`, `        description "port ${i} of device ${device}";`, "        unit 0 {", "            family inet {");
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

function time<T>(work: () => T): [number, T] {
  const start = process.hrtime.bigint();
  const result = work();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

function countNodes(root: ConfigNode): number {
  let n = 1;
  for (const c of root.children) n += countNodes(c);
  return n;
}

export async function run(): Promise<void> {
  const texts = Array.from({ length: DEVICES }, (_, d) => syntheticConfig(d, 1500, 400));
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  const gc = (globalThis as { gc?: () => void }).gc;
  let bestParse = Infinity;
  let bestNormalize = Infinity;
  let nodes = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    gc?.();
    const [parseMs, trees] = time(() => texts.map((t, i) => parseConfig(t, `bench-${i}.conf`, "curly").root!));
    gc?.();
    const [normalizeMs, effective] = time(() => trees.map((t) => normalize(t).root));
    if (round === 0) {
      nodes = effective.reduce((n, t) => n + countNodes(t), 0);
      continue;
    }
    bestParse = Math.min(bestParse, parseMs);
    bestNormalize = Math.min(bestNormalize, normalizeMs);
  }
  const ratio = bestNormalize / bestParse;
  console.log(`${DEVICES} synthetic devices with groups, ${(bytes / 1048576).toFixed(1)} MB of curly text, ${nodes} effective nodes`);
  console.log(`parse (baseline)  best ${bestParse.toFixed(0)} ms`);
  console.log(`normalize         best ${bestNormalize.toFixed(0)} ms  (${(ratio * 100).toFixed(0)} % of parse)`);
  console.log(`target: normalize ≤ 50 % of parse — ${ratio <= 0.5 ? "met" : "NOT met"}`);
}
