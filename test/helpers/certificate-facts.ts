/**
 * Certificate facts and device evidence for rule tables: hand-built facts (exact, fast, any value
 * a rule must judge) and facts read by the real evidence reader from certificates generated at
 * test time (test/helpers/certs.ts).
 */
import type { CertificateFacts, DeviceEvidence } from "../../src/model/certificates.js";
import { factsFromCertificate } from "../../src/evidence/x509-facts.js";
import { makeCert, type CertOptions } from "./certs.js";

const DAY_MS = 86_400_000;

/** A CA-signed RSA-2048 SHA-256 leaf, valid from a year before to a year after `around`. */
export function facts(overrides: Partial<CertificateFacts> = {}, around = new Date("2025-06-01T00:00:00Z")): CertificateFacts {
  return {
    source: { uri: "certs/r1/cert.pem", kind: "pem" },
    subject: "CN=r1.example.net",
    issuer: "CN=Example Issuing CA",
    serial: "01",
    notBefore: new Date(around.getTime() - 365 * DAY_MS),
    notAfter: new Date(around.getTime() + 365 * DAY_MS),
    keyAlgorithm: "RSA",
    keySize: 2048,
    signatureHash: "sha256",
    signatureAlgorithm: "sha256WithRSAEncryption",
    sanDirNameCNs: [],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    selfSigned: false,
    fingerprints: {},
    ...overrides,
  };
}

/** Evidence holding the given local certificates (by PKI id) and client certificates. */
export function evidence(local: Record<string, CertificateFacts>, clients: CertificateFacts[] = []): DeviceEvidence {
  return {
    local: new Map(Object.entries(local).map(([name, f]) => [name, { name, chain: [f] }])),
    ca: new Map(),
    clients,
    dir: "certs/r1",
  };
}

export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** An x509c2n fingerprint: hash id then `octets` octets (e.g. fingerprint("04", 32, "ab")). */
export function fingerprint(hashId: string, octets: number, fill = "a1"): string {
  return [hashId, ...Array.from({ length: octets }, () => fill)].join(":");
}

/** Facts read (by the real evidence reader) from a certificate generated here and now. */
export async function generatedFacts(options: CertOptions, uri = "certs/r1/generated.pem"): Promise<CertificateFacts> {
  const made = await makeCert(options);
  return factsFromCertificate(made.der, { uri, kind: "pem" });
}

export { makeCA, type CertOptions } from "./certs.js";
