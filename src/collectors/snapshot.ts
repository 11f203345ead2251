import { join } from "node:path";
import { writeFileAtomic } from "../util/atomic-write.js";
import type { DeviceTarget } from "./inventory-types.js";
import type { DeviceEvidence } from "./netconf/collect.js";
import type { RestProbeResult } from "./rest/probe.js";
import { servedCertificateId } from "./served-certificate.js";

/**
 * Writes one device's snapshot, every file atomically, in the layout `scan --certs DIR/certs` reads:
 *   DIR/<name>.xml                                   the configuration reply as received
 *   DIR/certs/<name>/local-certificates.xml          <get-pki-local-certificate><detail/> reply
 *   DIR/certs/<name>/ca-certificates.xml             <get-pki-ca-certificate><detail/> reply
 *   DIR/certs/<name>/<certificate-id>.pem            chain served in the TLS handshake, named by the
 *                                                    local-certificate the configuration names
 *   DIR/certs/<name>/served/netconf-tls.pem          … or here when it names none (rest-https.pem
 *                                                    for the REST transport)
 *   DIR/certs/<name>/probes.json                     the REST "no client certificate" probe
 * Returns the paths written.
 */
export async function writeSnapshot(
  snapshotDir: string,
  device: DeviceTarget,
  evidence: DeviceEvidence,
  probe: RestProbeResult | undefined,
): Promise<string[]> {
  const configPath = join(snapshotDir, `${device.name}.xml`);
  const certsDir = join(snapshotDir, "certs", device.name);
  const planned: [string, string][] = [[configPath, evidence.config]];
  if (evidence.localCertificates !== undefined) planned.push([join(certsDir, "local-certificates.xml"), evidence.localCertificates]);
  if (evidence.caCertificates !== undefined) planned.push([join(certsDir, "ca-certificates.xml"), evidence.caCertificates]);
  if (evidence.servedChainPem !== "") {
    const id = servedCertificateId(evidence.config, configPath, evidence.transport);
    const fallback = evidence.transport === "netconf-tls" ? "netconf-tls.pem" : "rest-https.pem";
    planned.push([id === undefined ? join(certsDir, "served", fallback) : join(certsDir, `${id}.pem`), evidence.servedChainPem]);
  }
  if (probe !== undefined) planned.push([join(certsDir, "probes.json"), `${JSON.stringify({ rest: probe }, null, 2)}\n`]);
  await Promise.all(planned.map(([path, data]) => writeFileAtomic(path, data)));
  const files = planned.map(([path]) => path);
  return files;
}
