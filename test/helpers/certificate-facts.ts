/**
 * Hand-built certificate facts and device evidence for rule tables (the rules judge facts, not
 * bytes; the evidence loader has its own tests from generated certificates).
 */
import type { CertificateFacts, DeviceEvidence } from "../../src/model/certificates.js";

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
