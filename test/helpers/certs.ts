/**
 * Test certificate factory: every certificate the tests need is generated here, at test time,
 * with @peculiar/x509 over Node's WebCrypto. Nothing is committed, nothing is downloaded.
 *
 *   const ca = await makeCA({ name: "Test Root" });
 *   const leaf = await makeCert({ subject: "CN=r1.example.net", issuer: ca, san: { dns: ["r1"] } });
 *   tls.createServer({ cert: leaf.pem, key: leaf.privateKeyPem, ca: ca.pem })
 *
 * Keys are cached per process by (algorithm, size, slot); the slot defaults to the subject, so the
 * same subject gets the same key in every call (like a renewed certificate) and different subjects
 * get different keys. Pass `keySlot` to force a distinct (or shared) key.
 * RSA defaults to 1024 bits because it is fast; ask for `bits: 2048` where key size matters.
 */
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { createPrivateKey, sign as nodeSign, webcrypto } from "node:crypto";

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

x509.cryptoProvider.set(webcrypto);
const subtle = webcrypto.subtle;

export type KeyAlg = "rsa" | "ec";
export type HashAlg = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";
export type Curve = "P-256" | "P-384" | "P-521";
export type KeyUsageName =
  | "digitalSignature"
  | "nonRepudiation"
  | "keyEncipherment"
  | "dataEncipherment"
  | "keyAgreement"
  | "keyCertSign"
  | "cRLSign";
export type ExtKeyUsageName = "serverAuth" | "clientAuth";

export interface KeySpec {
  keyAlg?: KeyAlg;
  /** RSA modulus bits (default 1024). */
  bits?: number;
  /** EC curve (default P-256). */
  curve?: Curve;
  /** Cache slot for the key pair; defaults to the subject DN. */
  keySlot?: string;
}

export interface CertOptions extends KeySpec {
  /** "CN=r1, O=Example" or a bare common name ("r1" → "CN=r1"). */
  subject: string;
  /** The signing CA; absent = self-signed. */
  issuer?: TestCert;
  /** Sign with this key pair instead of the issuer's (e.g. "subject equals issuer, other key"). */
  signWith?: TestCert;
  hash?: HashAlg;
  notBefore?: Date;
  notAfter?: Date;
  san?: { dns?: string[]; ip?: string[]; dirNameCN?: string[] };
  keyUsage?: KeyUsageName[];
  extKeyUsage?: ExtKeyUsageName[];
  isCA?: boolean;
  /** Hex serial number; random when absent. */
  serial?: string;
}

export interface CAOptions extends KeySpec {
  name: string;
  issuer?: TestCert;
  hash?: HashAlg;
  notBefore?: Date;
  notAfter?: Date;
}

export interface TestCert {
  cert: x509.X509Certificate;
  /** One PEM certificate block. */
  pem: string;
  der: Uint8Array;
  keys: CryptoKeyPair;
  /** PKCS#8 PEM, usable as `key` for node:tls. */
  privateKeyPem: string;
  subject: string;
  hash: HashAlg;
}

export interface TestChain {
  root: TestCert;
  intermediate: TestCert;
  leaf: TestCert;
  /** leaf, intermediate (what a server presents / what a chain file holds), leaf first. */
  chainPem: string;
}

const DAY_MS = 86_400_000;

export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * DAY_MS);
}

export function toDN(subject: string): string {
  return subject.includes("=") ? subject : `CN=${subject}`;
}

// ---- keys ------------------------------------------------------------------------------------

interface RawKeyPair {
  pkcs8: ArrayBuffer;
  spki: ArrayBuffer;
}

const rawKeyCache = new Map<string, Promise<RawKeyPair>>();

function keySpecId(spec: KeySpec): string {
  return spec.keyAlg === "ec" ? `ec:${spec.curve ?? "P-256"}` : `rsa:${spec.bits ?? 1024}`;
}

async function generateRaw(spec: KeySpec): Promise<RawKeyPair> {
  const algorithm =
    spec.keyAlg === "ec"
      ? { name: "ECDSA", namedCurve: spec.curve ?? "P-256" }
      : {
          name: "RSASSA-PKCS1-v1_5",
          modulusLength: spec.bits ?? 1024,
          publicExponent: new Uint8Array([1, 0, 1]),
          hash: "SHA-256",
        };
  const pair = (await subtle.generateKey(algorithm, true, ["sign", "verify"])) as CryptoKeyPair;
  return {
    pkcs8: await subtle.exportKey("pkcs8", pair.privateKey),
    spki: await subtle.exportKey("spki", pair.publicKey),
  };
}

/** A key pair for (spec, slot), imported for `hash` (WebCrypto binds RSA keys to one hash). */
export async function keyPair(spec: KeySpec, slot: string, hash: HashAlg = "SHA-256"): Promise<CryptoKeyPair> {
  const cacheKey = `${keySpecId(spec)}|${slot}`;
  let raw = rawKeyCache.get(cacheKey);
  if (raw === undefined) {
    raw = generateRaw(spec);
    rawKeyCache.set(cacheKey, raw);
  }
  const { pkcs8, spki } = await raw;
  const algorithm =
    spec.keyAlg === "ec" ? { name: "ECDSA", namedCurve: spec.curve ?? "P-256" } : { name: "RSASSA-PKCS1-v1_5", hash };
  return {
    privateKey: await subtle.importKey("pkcs8", pkcs8, algorithm, true, ["sign"]),
    publicKey: await subtle.importKey("spki", spki, algorithm, true, ["verify"]),
  };
}

function pemBlock(label: string, der: ArrayBuffer | Uint8Array): string {
  const base64 = Buffer.from(der instanceof Uint8Array ? der : new Uint8Array(der)).toString("base64");
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

// ---- extensions ------------------------------------------------------------------------------

const KEY_USAGE_FLAGS: Record<KeyUsageName, x509.KeyUsageFlags> = {
  digitalSignature: x509.KeyUsageFlags.digitalSignature,
  nonRepudiation: x509.KeyUsageFlags.nonRepudiation,
  keyEncipherment: x509.KeyUsageFlags.keyEncipherment,
  dataEncipherment: x509.KeyUsageFlags.dataEncipherment,
  keyAgreement: x509.KeyUsageFlags.keyAgreement,
  keyCertSign: x509.KeyUsageFlags.keyCertSign,
  cRLSign: x509.KeyUsageFlags.cRLSign,
};

const EXT_KEY_USAGE_OIDS: Record<ExtKeyUsageName, string> = {
  serverAuth: x509.ExtendedKeyUsage.serverAuth,
  clientAuth: x509.ExtendedKeyUsage.clientAuth,
};

async function extensionsFor(options: CertOptions, publicKey: CryptoKey): Promise<x509.Extension[]> {
  const extensions: x509.Extension[] = [];
  if (options.isCA === true) extensions.push(new x509.BasicConstraintsExtension(true, undefined, true));
  const usage = options.keyUsage ?? (options.isCA === true ? ["keyCertSign", "cRLSign"] : undefined);
  if (usage !== undefined && usage.length > 0) {
    const flags = usage.reduce((all, name) => all | KEY_USAGE_FLAGS[name], 0);
    extensions.push(new x509.KeyUsagesExtension(flags, true));
  }
  if (options.extKeyUsage !== undefined && options.extKeyUsage.length > 0) {
    extensions.push(new x509.ExtendedKeyUsageExtension(options.extKeyUsage.map((name) => EXT_KEY_USAGE_OIDS[name])));
  }
  const names: x509.JsonGeneralName[] = [
    ...(options.san?.dns ?? []).map((value) => ({ type: "dns" as const, value })),
    ...(options.san?.ip ?? []).map((value) => ({ type: "ip" as const, value })),
    ...(options.san?.dirNameCN ?? []).map((cn) => ({ type: "dn" as const, value: `CN=${cn}` })),
  ];
  if (names.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(names));
  extensions.push(await x509.SubjectKeyIdentifierExtension.create(publicKey));
  return extensions;
}

// ---- certificates ----------------------------------------------------------------------------

function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(8));
  bytes[0] = (bytes[0] ?? 0) & 0x7f | 0x10; // positive, no leading zero octet
  return Buffer.from(bytes).toString("hex");
}

/** Any certificate: self-signed when `issuer` (and `signWith`) is absent. */
export function makeCert(options: CertOptions): Promise<TestCert> {
  return remember(options, buildCert(options));
}

async function buildCert(options: CertOptions): Promise<TestCert> {
  const subject = toDN(options.subject);
  const hash = options.hash ?? "SHA-256";
  const keys = await keyPair(options, options.keySlot ?? subject, hash);
  const signer = options.signWith ?? options.issuer;
  const signingKeys = signer === undefined ? keys : await keyPair(signerSpec(signer), signerSlot(signer), hash);
  const signingAlgorithm =
    signingKeys.privateKey.algorithm.name === "ECDSA" ? { name: "ECDSA", hash } : { name: "RSASSA-PKCS1-v1_5", hash };
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: options.serial ?? randomSerial(),
    subject,
    issuer: options.issuer?.cert.subject ?? subject,
    notBefore: options.notBefore ?? daysFromNow(-1),
    notAfter: options.notAfter ?? daysFromNow(365),
    publicKey: keys.publicKey,
    signingKey: signingKeys.privateKey,
    signingAlgorithm,
    extensions: await extensionsFor(options, keys.publicKey),
  });
  const der = new Uint8Array(cert.rawData);
  return {
    cert,
    pem: pemBlock("CERTIFICATE", der),
    der,
    keys,
    privateKeyPem: pemBlock("PRIVATE KEY", await subtle.exportKey("pkcs8", keys.privateKey)),
    subject,
    hash,
  };
}

/** The key spec and cache slot a generated certificate was made with (to sign with its key). */
const origin = new WeakMap<TestCert, { spec: KeySpec; slot: string }>();

function signerSpec(signer: TestCert): KeySpec {
  const known = origin.get(signer);
  if (known === undefined) throw new Error("test helper: the signer was not made by makeCert/makeCA");
  return known.spec;
}

function signerSlot(signer: TestCert): string {
  return origin.get(signer)?.slot ?? signer.subject;
}

async function remember(options: CertOptions, made: Promise<TestCert>): Promise<TestCert> {
  const result = await made;
  origin.set(result, { spec: { keyAlg: options.keyAlg, bits: options.bits, curve: options.curve }, slot: options.keySlot ?? toDN(options.subject) });
  return result;
}

/** Self-signed root (or, with `issuer`, an intermediate) CA certificate. */
export function makeCA(options: CAOptions): Promise<TestCert> {
  const { name, ...rest } = options;
  return makeCert({ ...rest, subject: name, isCA: true });
}

/** Root → intermediate → leaf; `leaf` options apply to the leaf (its issuer is the intermediate). */
export async function makeChain(
  leaf: Omit<CertOptions, "issuer"> = { subject: "CN=leaf.example.net" },
  names: { root?: string; intermediate?: string } = {},
): Promise<TestChain> {
  const root = await makeCA({ name: names.root ?? "CN=Test Root CA, O=junos-audit tests" });
  const intermediate = await makeCA({ name: names.intermediate ?? "CN=Test Intermediate CA, O=junos-audit tests", issuer: root });
  const leafCert = await makeCert({ ...leaf, issuer: intermediate });
  return { root, intermediate, leaf: leafCert, chainPem: leafCert.pem + intermediate.pem };
}

const SHA256_WITH_RSA_OID = Buffer.from("06092a864886f70d01010b", "hex");
const MD5_WITH_RSA_LAST_OCTET = 0x04;

/**
 * An RSA certificate signed with md5WithRSAEncryption, which WebCrypto cannot make: a SHA-256
 * certificate is made, its two signature-algorithm OIDs are rewritten in place (same length) and
 * the TBS is re-signed with MD5 by OpenSSL. The signature has the modulus length, so no DER
 * length changes.
 */
export async function makeMd5SignedCert(options: Omit<CertOptions, "hash" | "keyAlg">): Promise<TestCert> {
  const made = await makeCert({ ...options, keyAlg: "rsa", hash: "SHA-256" });
  const signer = options.signWith ?? options.issuer ?? made;
  const der = Buffer.from(made.der);
  for (let at = der.indexOf(SHA256_WITH_RSA_OID); at >= 0; at = der.indexOf(SHA256_WITH_RSA_OID, at + 1)) {
    der[at + SHA256_WITH_RSA_OID.length - 1] = MD5_WITH_RSA_LAST_OCTET;
  }
  // Outer SEQUENCE header (30 82 LL LL), then the TBS SEQUENCE (30 82 LL LL …).
  if (der[0] !== 0x30 || der[1] !== 0x82 || der[4] !== 0x30 || der[5] !== 0x82) throw new Error("test helper: unexpected DER layout");
  const tbsLength = der.readUInt16BE(6) + 4;
  const tbs = der.subarray(4, 4 + tbsLength);
  const signature = nodeSign("md5", tbs, createPrivateKey(signer.privateKeyPem));
  signature.copy(der, der.length - signature.length);
  const cert = new x509.X509Certificate(new Uint8Array(der));
  const result: TestCert = { ...made, cert, der: new Uint8Array(der), pem: pemBlock("CERTIFICATE", der) };
  origin.set(result, origin.get(made) ?? { spec: {}, slot: made.subject });
  return result;
}

export interface TlsMaterial {
  ca: TestCert;
  server: TestCert;
  client: TestCert;
}

/** A CA, a server certificate for localhost/127.0.0.1 and a client certificate, RSA 2048 / SHA-256. */
export async function makeTlsMaterial(clientName = "CN=netconf-client"): Promise<TlsMaterial> {
  const ca = await makeCA({ name: "CN=junos-audit test CA", bits: 2048 });
  const server = await makeCert({
    subject: "CN=localhost",
    issuer: ca,
    bits: 2048,
    san: { dns: ["localhost"], ip: ["127.0.0.1"] },
    keyUsage: ["digitalSignature", "keyEncipherment"],
    extKeyUsage: ["serverAuth"],
  });
  const client = await makeCert({
    subject: clientName,
    issuer: ca,
    bits: 2048,
    keyUsage: ["digitalSignature"],
    extKeyUsage: ["clientAuth"],
  });
  return { ca, server, client };
}
