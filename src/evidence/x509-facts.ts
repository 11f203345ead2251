/**
 * CertificateFacts from a DER certificate. Names and extensions come from @peculiar/x509; key
 * details and signature checks from node:crypto (OpenSSL), which also verifies SHA-1, MD5 and DSA
 * signatures that WebCrypto cannot.
 */
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { X509Certificate as NodeX509Certificate, type KeyObject } from "node:crypto";
import type { CertificateFacts, EvidenceSource } from "../model/certificates.js";
import { x509c2nFingerprints } from "./fingerprints.js";
import { SIGNATURE_ALGORITHM_NAMES, hashOfSignatureAlgorithm, normalizeDN, splitDN } from "./names.js";

/** The bytes are not a certificate @peculiar/x509 and OpenSSL can both read. */
export class CertificateParseError extends Error {
  override name = "CertificateParseError";
}

const KEY_USAGE_BITS: ReadonlyArray<[number, string]> = [
  [x509.KeyUsageFlags.digitalSignature, "digitalSignature"],
  [x509.KeyUsageFlags.nonRepudiation, "nonRepudiation"],
  [x509.KeyUsageFlags.keyEncipherment, "keyEncipherment"],
  [x509.KeyUsageFlags.dataEncipherment, "dataEncipherment"],
  [x509.KeyUsageFlags.keyAgreement, "keyAgreement"],
  [x509.KeyUsageFlags.keyCertSign, "keyCertSign"],
  [x509.KeyUsageFlags.cRLSign, "cRLSign"],
  [x509.KeyUsageFlags.encipherOnly, "encipherOnly"],
  [x509.KeyUsageFlags.decipherOnly, "decipherOnly"],
];

const CURVE_NAMES: Readonly<Record<string, string>> = {
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521",
};

interface ParsedCertificate {
  cert: x509.X509Certificate;
  node: NodeX509Certificate;
}

function parse(der: Uint8Array): ParsedCertificate {
  try {
    return { cert: new x509.X509Certificate(der), node: new NodeX509Certificate(der) };
  } catch (error) {
    throw new CertificateParseError(`not a readable X.509 certificate (${(error as Error).message})`);
  }
}

interface KeyFacts {
  keyAlgorithm: string;
  keySize?: number | undefined;
  curve?: string | undefined;
}

export function keyFacts(publicKey: KeyObject): KeyFacts {
  const details = publicKey.asymmetricKeyDetails ?? {};
  switch (publicKey.asymmetricKeyType) {
    case "rsa":
    case "rsa-pss":
      return { keyAlgorithm: "RSA", keySize: details.modulusLength };
    case "dsa":
      return { keyAlgorithm: "DSA", keySize: details.modulusLength };
    case "ec": {
      const curve = CURVE_NAMES[details.namedCurve ?? ""] ?? details.namedCurve;
      const bits = /(\d{3})/.exec(curve ?? "")?.[1];
      return { keyAlgorithm: "EC", curve, keySize: bits === undefined ? undefined : Number(bits) };
    }
    case "ed25519":
      return { keyAlgorithm: "Ed25519", keySize: 256 };
    case "ed448":
      return { keyAlgorithm: "Ed448", keySize: 448 };
    default:
      return { keyAlgorithm: publicKey.asymmetricKeyType ?? "unknown" };
  }
}

/** WebCrypto algorithm names (as @peculiar/x509 reports known signature algorithms) → OpenSSL names. */
function signatureAlgorithmName(algorithm: { name: string; hash?: { name?: string } }): string {
  const name = SIGNATURE_ALGORITHM_NAMES[algorithm.name] ?? algorithm.name;
  const hash = algorithm.hash?.name?.replace("-", "");
  if (hash === undefined) return name;
  if (name === "RSASSA-PKCS1-v1_5") return `${hash.toLowerCase()}WithRSAEncryption`;
  if (name === "ECDSA") return `ecdsa-with-${hash.toUpperCase()}`;
  if (name === "RSA-PSS") return `rsassaPss (${hash.toLowerCase()})`;
  return name;
}

function signatureFacts(cert: x509.X509Certificate): { signatureAlgorithm: string; signatureHash?: string | undefined } {
  let algorithm: { name: string; hash?: { name?: string } };
  try {
    algorithm = cert.signatureAlgorithm as { name: string; hash?: { name?: string } };
  } catch {
    return { signatureAlgorithm: "unknown" };
  }
  const signatureAlgorithm = signatureAlgorithmName(algorithm);
  return { signatureAlgorithm, signatureHash: hashOfSignatureAlgorithm(signatureAlgorithm) };
}

function keyUsageNames(cert: x509.X509Certificate): string[] {
  const extension = cert.getExtension(x509.KeyUsagesExtension);
  if (extension === null) return [];
  return KEY_USAGE_BITS.filter(([bit]) => (extension.usages & bit) !== 0).map(([, name]) => name);
}

function sanDirNameCNs(cert: x509.X509Certificate): string[] {
  const extension = cert.getExtension(x509.SubjectAlternativeNameExtension);
  if (extension === null) return [];
  return extension.names
    .toJSON()
    .filter((name) => name.type === "dn")
    .flatMap((name) => splitDN(name.value).filter(([type]) => type.toUpperCase() === "CN").map(([, value]) => value));
}

/** true / false when the signature check ran; undefined when OpenSSL could not run it. */
function signatureVerifies(node: NodeX509Certificate, publicKey: KeyObject): boolean | undefined {
  try {
    return node.verify(publicKey);
  } catch {
    return undefined;
  }
}

export async function factsFromCertificate(der: Uint8Array, source: EvidenceSource): Promise<CertificateFacts> {
  const { cert, node } = parse(der);
  const subjectEqualsIssuer = normalizeDN(cert.subject) === normalizeDN(cert.issuer);
  const ownSignature = subjectEqualsIssuer ? signatureVerifies(node, node.publicKey) : false;
  return {
    source,
    subject: cert.subject,
    issuer: cert.issuer,
    serial: cert.serialNumber.toLowerCase(),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    ...keyFacts(node.publicKey),
    ...signatureFacts(cert),
    sanDirNameCNs: sanDirNameCNs(cert),
    keyUsage: keyUsageNames(cert),
    selfSigned: subjectEqualsIssuer ? ownSignature : false,
    subjectEqualsIssuer,
    fingerprints: x509c2nFingerprints(der),
    der,
  };
}

function derOf(certificate: CertificateFacts | Uint8Array): Uint8Array | undefined {
  return certificate instanceof Uint8Array ? certificate : certificate.der;
}

/**
 * The certificate was issued by `caCert`: its issuer names the CA's subject and its signature
 * verifies with the CA's key. false when either side has no DER (an RPC summary) or will not parse.
 */
export async function chainsTo(cert: CertificateFacts | Uint8Array, caCert: CertificateFacts | Uint8Array): Promise<boolean> {
  const certDer = derOf(cert);
  const caDer = derOf(caCert);
  if (certDer === undefined || caDer === undefined) return false;
  try {
    const child = parse(certDer);
    const ca = parse(caDer);
    if (normalizeDN(child.cert.issuer) !== normalizeDN(ca.cert.subject)) return false;
    return signatureVerifies(child.node, ca.node.publicKey) === true;
  } catch {
    return false;
  }
}
