/**
 * A synthetic but realistic device configuration for the parse benchmark: system (login users with
 * keys, services, syslog, ntp), groups + apply-groups, interfaces, policy-options, firewall
 * filters, protocols; some statements inactive, some annotated. Seeded, so runs are comparable.
 */
import { type ConfigNode, type SourceFile, createRoot, ensureChild } from "../model/config-tree.js";

type Rand = () => number;

function seeded(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Builder {
  constructor(readonly root: ConfigNode, readonly rand: Rand) {}
  add(node: ConfigNode, path: string): ConfigNode {
    let cur = node;
    for (const w of path.split(" ")) cur = ensureChild(cur, w, 0, node.source);
    return cur;
  }
  values(node: ConfigNode, keyword: string, values: readonly string[]): void {
    const k = this.add(node, keyword);
    for (const v of values) ensureChild(k, v, 0, node.source);
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)]!;
  }
  hex(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += "0123456789abcdef"[Math.floor(this.rand() * 16)];
    return s;
  }
}

/** One device's configuration tree; `scale` ≈ 1 gives roughly 250 KB of curly text. */
export function syntheticDevice(index: number, scale = 1): ConfigNode {
  const source: SourceFile = { uri: `bench-${index}.conf`, format: "curly" };
  const b = new Builder(createRoot(source), seeded(index + 1));
  const r = b.root;
  b.add(r, "version 23.4R2-S3.9");
  const g = b.add(r, "groups global system");
  b.add(g, "syslog host 192.0.2.10 any notice");
  b.add(g, "ntp server 192.0.2.123 prefer");
  b.values(b.add(r, "groups"), "re0 system host-name", [`dev${index}-re0`]);
  b.values(r, "apply-groups", ["global", "re0"]);
  const sys = b.add(r, "system");
  b.add(sys, `host-name dev${index}`);
  b.add(sys, "domain-name example.net");
  b.add(sys, `root-authentication encrypted-password $6$${b.hex(16)}$${b.hex(86)}`);
  b.values(sys, "name-server", ["192.0.2.53", "198.51.100.53"]);
  for (let u = 0; u < 20 * scale; u++) {
    const user = b.add(sys, `login user ops${u}`);
    b.add(user, `uid ${2000 + u}`);
    b.add(user, `class ${b.pick(["super-user", "read-only", "operator"])}`);
    b.add(user, `authentication encrypted-password $6$${b.hex(16)}$${b.hex(86)}`);
    ensureChild(b.add(user, "authentication ssh-rsa"), `ssh-rsa AAAAB3NzaC1yc2E${b.hex(300)} ops${u}@example.net`, 0, source);
  }
  b.values(b.add(sys, "services ssh"), "ciphers", ["aes256-ctr", "aes192-ctr", "aes128-ctr"]);
  b.add(sys, "services ssh root-login deny");
  b.add(sys, "services netconf ssh");
  b.add(sys, "services rest http port 8080");
  b.add(sys, "services extension-service request-response grpc ssl local-certificate grpc-cert");
  b.add(sys, "syslog file messages any notice");
  const ifs = b.add(r, "interfaces");
  for (let p = 0; p < 160 * scale; p++) {
    const ifd = b.add(ifs, `ge-0/${Math.floor(p / 48)}/${p % 48}`);
    ensureChild(b.add(ifd, "description"), `uplink to core-${p} via patch ${b.hex(6)}`, 0, source);
    const unit = b.add(ifd, "unit 0");
    b.add(unit, `family inet address 10.${index % 250}.${p % 250}.${(p * 2) % 250}/31`);
    b.add(unit, "family iso");
    b.add(unit, "family mpls");
    if (p % 7 === 0) ifd.inactive = true;
    if (p % 11 === 0) ifd.comment = `circuit ${b.hex(8)}`;
  }
  const po = b.add(r, "policy-options");
  for (let s = 0; s < 40 * scale; s++) {
    const ps = b.add(po, `policy-statement export-${s}`);
    for (let t = 0; t < 5; t++) {
      const term = b.add(ps, `term t${t}`);
      b.add(term, "from protocol bgp");
      b.add(term, `from route-filter 10.${t}.0.0/16 orlonger`);
      b.add(term, `from community comm-${t}`);
      b.add(term, `then local-preference ${100 + t}`);
      b.add(term, "then accept");
    }
    b.values(po, `community comm-${s % 5} members`, [`65000:${s}`, `65001:${s}`]);
  }
  const fw = b.add(r, "firewall family inet");
  for (let f = 0; f < 10 * scale; f++) {
    for (let t = 0; t < 20; t++) {
      const term = b.add(fw, `filter protect-re-${f} term accept-${t}`);
      b.values(term, "from source-address", [`192.0.${t}.0/24`, `198.51.${f}.0/24`]);
      b.values(term, "from destination-port", ["ssh", "https", "830"]);
      b.add(term, "from protocol tcp");
      b.add(term, `then count cnt-${t}`);
      b.add(term, "then accept");
    }
  }
  const bgp = b.add(r, "protocols bgp group ibgp");
  b.add(bgp, "type internal");
  for (let n = 0; n < 30 * scale; n++) b.add(bgp, `neighbor 192.0.2.${n + 1} description peer-${n}`);
  return r;
}

/** The tree as a plain nested object (word → children), the JSON.parse baseline's input. */
export function toPlainObject(root: ConfigNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const work: Array<[ConfigNode, Record<string, unknown>]> = [[root, out]];
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const [node, obj] = item;
    for (const c of node.children) {
      const child: Record<string, unknown> = {};
      obj[c.name] = child;
      work.push([c, child]);
    }
  }
  return out;
}
