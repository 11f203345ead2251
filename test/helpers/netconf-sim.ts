/**
 * Test side of the loopback NETCONF-over-TLS simulator (src/collectors/sim, shared with the bench):
 * a "lab" with generated certificates written to a temp dir, and an inventory writer.
 */
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeCA, makeCert, makeTlsMaterial, type TestCert } from "./certs.js";

export { startNetconfSim, type DeviceBehavior, type NetconfSim, type NetconfSimOptions } from "../../src/collectors/sim/netconf-server.js";

export interface Lab {
  dir: string;
  ca: TestCert;
  server: TestCert;
  client: TestCert;
  /** Server options for a simulator that requires our client certificate. */
  serverTls: { cert: string; key: string; clientCa: string };
  /** Writes `inventory.yaml` in the lab dir (pki/ paths relative to it) and returns its path. */
  inventory(yaml: string, name?: string): Promise<string>;
  snapshotDir(): Promise<string>;
  cleanup(): Promise<void>;
}

export async function makeLab(): Promise<Lab> {
  const dir = await mkdtemp(join(tmpdir(), "junos-audit-collect-"));
  const { ca, server, client } = await makeTlsMaterial("CN=auditor");
  await mkdir(join(dir, "pki"));
  await writeFile(join(dir, "pki", "ca.crt"), ca.pem);
  await writeFile(join(dir, "pki", "client.crt"), client.pem);
  await writeFile(join(dir, "pki", "client.key"), client.privateKeyPem, { mode: 0o600 });
  let snapshots = 0;
  return {
    dir,
    ca,
    server,
    client,
    serverTls: { cert: server.pem, key: server.privateKeyPem, clientCa: ca.pem },
    inventory: async (yaml, name = "inventory.yaml") => {
      const path = join(dir, name);
      await writeFile(path, yaml);
      return path;
    },
    snapshotDir: async () => join(dir, `snapshot-${++snapshots}`),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The inventory `defaults` block every test uses (paths relative to the lab dir). */
export const LAB_DEFAULTS = `defaults:
  transport: netconf-tls
  timeout: 5s
  tls: { ca: pki/ca.crt, cert: pki/client.crt, key: pki/client.key }
  rest: { username: auditor, password-env: JUNOS_REST_PASSWORD, probe: false }
`;

/** A self-signed server certificate for 127.0.0.1 (the device "forgot" to get it signed). */
export async function selfSignedServer(): Promise<{ cert: string; key: string }> {
  const cert = await makeCert({ subject: "CN=127.0.0.1", bits: 2048, san: { ip: ["127.0.0.1"] }, keySlot: "self-signed-server" });
  return { cert: cert.pem, key: cert.privateKeyPem };
}

/** An ECDSA P-256 server certificate signed by the lab CA. */
export async function ecdsaServer(ca: TestCert): Promise<{ cert: string; key: string }> {
  const cert = await makeCert({ subject: "CN=ecdsa.lab", issuer: ca, keyAlg: "ec", curve: "P-256", san: { ip: ["127.0.0.1"] } });
  return { cert: cert.pem, key: cert.privateKeyPem };
}

/** A second, unrelated CA and a client certificate it signed (the device does not trust it). */
export async function foreignClient(): Promise<{ ca: TestCert; client: TestCert }> {
  const ca = await makeCA({ name: "CN=Some Other CA", bits: 2048 });
  const client = await makeCert({ subject: "CN=stranger", issuer: ca, bits: 2048 });
  return { ca, client };
}
