/**
 * Certificate evidence: the facts the certificate rules judge, whatever the evidence came from
 * (PEM/DER files, or `get-pki-local-certificate` / `get-pki-ca-certificate` replies).
 */

export type HashName = "md5" | "sha1" | "sha224" | "sha256" | "sha384" | "sha512";

/** x509c2n (RFC 7407) hash ids as used by `netconf tls client-identity … fingerprint`. */
export const X509C2N_HASH_IDS: Readonly<Record<string, HashName>> = {
  "01": "md5",
  "02": "sha1",
  "03": "sha224",
  "04": "sha256",
  "05": "sha384",
  "06": "sha512",
};

export interface EvidenceSource {
  uri: string;
  line?: number | undefined;
  /** "pem" | "der" | "pki-rpc" | "tls-handshake" */
  kind: string;
}

export interface CertificateFacts {
  source: EvidenceSource;
  subject: string;
  issuer: string;
  serial: string;
  notBefore: Date;
  notAfter: Date;
  /** "RSA" | "EC" | "DSA" | "Ed25519" | … as read. */
  keyAlgorithm: string;
  /** RSA/DSA modulus bits, or EC curve size in bits. */
  keySize?: number | undefined;
  /** EC curve name, e.g. "P-256". */
  curve?: string | undefined;
  /** Hash of the signature algorithm, when known (e.g. "sha256"). */
  signatureHash?: HashName | string | undefined;
  signatureAlgorithm?: string | undefined;
  /** CN values of SAN directoryName entries (for `map-type san-dirname-cn`). */
  sanDirNameCNs: string[];
  keyUsage: string[];
  /**
   * Self-signed: subject equals issuer AND the signature verifies with the certificate's own key.
   * undefined when it cannot be decided (e.g. an RPC reply carries no signature to verify).
   */
  selfSigned: boolean | undefined;
  /**
   * The subject DN equals the issuer DN (compared case- and space-insensitively). Known even when
   * `selfSigned` is not (an RPC reply): a rule can say "claims to be self-signed".
   */
  subjectEqualsIssuer?: boolean | undefined;
  /** x509c2n fingerprints by hash id "01".."06" (lower-case colon-separated hex, id octet first). */
  fingerprints: Partial<Record<string, string>>;
  /** The DER bytes, when the evidence was a certificate file (not an RPC summary). */
  der?: Uint8Array | undefined;
}

/** A certificate as the device names it: a PKI local certificate id or a CA profile. */
export interface NamedCertificate {
  name: string;
  /** Leaf first, then any chain certificates that came in the same file. */
  chain: CertificateFacts[];
}

export interface DeviceEvidence {
  /** `DIR/<device>/<certificate-id>.*` and local certificates from PKI replies, by id. */
  local: Map<string, NamedCertificate>;
  /** `DIR/<device>/ca/<ca-profile>.*` and CA certificates from PKI replies, by ca-profile. */
  ca: Map<string, NamedCertificate>;
  /** `DIR/<device>/clients/*`: NETCONF/REST client certificates in use. */
  clients: CertificateFacts[];
  /** The directory that was looked in (for "not found" messages). */
  dir: string;
}
