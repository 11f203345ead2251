/**
 * x509c2n fingerprints (RFC 7407): the hash id octet, then the digest of the certificate's DER,
 * as lower-case colon-separated hex — `04:9a:…` is SHA-256. This is the form Junos expects in
 * `system services netconf tls client-identity <name> fingerprint`.
 */
import { createHash } from "node:crypto";
import { X509C2N_HASH_IDS, type HashName } from "../model/certificates.js";

const NODE_HASH: Record<HashName, string> = {
  md5: "md5",
  sha1: "sha1",
  sha224: "sha224",
  sha256: "sha256",
  sha384: "sha384",
  sha512: "sha512",
};

export function colonHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join(":");
}

/** Every x509c2n fingerprint of a DER certificate, by hash id "01".."06". */
export function x509c2nFingerprints(der: Uint8Array): Record<string, string> {
  const fingerprints: Record<string, string> = {};
  for (const [id, hash] of Object.entries(X509C2N_HASH_IDS)) {
    const digest = createHash(NODE_HASH[hash]).update(der).digest();
    fingerprints[id] = `${id}:${colonHex(digest)}`;
  }
  return fingerprints;
}

/** The x509c2n id for a hash name as devices print it ("sha1", "SHA-256", "md5"), if any. */
export function hashIdFor(hashName: string): string | undefined {
  const normalized = hashName.toLowerCase().replace(/[^a-z0-9]/g, "");
  return Object.entries(X509C2N_HASH_IDS).find(([, name]) => name === normalized)?.[0];
}

/**
 * Canonical x509c2n form of a fingerprint as written in a config or a reply: lower case, colon
 * separated; `prefixId` is put in front when the value has no id octet yet.
 */
export function normalizeFingerprint(value: string, prefixId?: string): string {
  const hex = value.toLowerCase().replace(/[^0-9a-f]/g, "");
  const pairs = hex.match(/.{1,2}/g) ?? [];
  const body = pairs.join(":");
  return prefixId === undefined ? body : `${prefixId}:${body}`;
}
