/**
 * PKI operational replies → CertificateFacts: `get-pki-local-certificate` and
 * `get-pki-ca-certificate` (detail), both element generations
 * (`pkid-x509-certificate-information` + `issuer-name`/`subject-name`, and
 * `x509-certificate-info` + `issuer`/`subject`), optionally wrapped in `rpc-reply` and
 * `multi-routing-engine-results`.
 *
 * A reply carries no signature, so `selfSigned` is undefined when subject equals issuer (the
 * rules see `subjectEqualsIssuer`), and false otherwise.
 */
import type { CertificateFacts } from "../model/certificates.js";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";
import { hashIdFor, normalizeFingerprint } from "./fingerprints.js";
import { parseJunosDate } from "./junos-date.js";
import { hashOfSignatureAlgorithm } from "./names.js";
import { child, childText, findAll, parseXmlTree, textsOf, type XmlElement } from "./xml-tree.js";

export type ReplyKind = "local" | "ca";

export interface ReplyCertificate {
  /** `<identifier>`: the certificate id (local) or, in CA replies, the CA profile. */
  identifier: string;
  /** `<ca-profile>`, when the reply names one. */
  caProfile: string | undefined;
  /** The kind this certificate's `<certificate-type>` states, if any. */
  kind: ReplyKind | undefined;
  facts: CertificateFacts;
}

export interface PkiReplyResult {
  /** The kind told by the XML itself (an echoed RPC or `certificate-type`), if it says. */
  kind: ReplyKind | undefined;
  certificates: ReplyCertificate[];
  diagnostics: Diagnostic[];
}

const CERTIFICATE_ELEMENTS: ReadonlySet<string> = new Set(["pkid-x509-certificate-information", "x509-certificate-info"]);

const DN_FIELDS: ReadonlyArray<[string, string]> = [
  ["domain-component", "DC"],
  ["country-name", "C"],
  ["state-or-province-name", "ST"],
  ["locality-name", "L"],
  ["organization-name", "O"],
  ["organizational-unit-name", "OU"],
  ["common-name", "CN"],
  ["email-address", "E"],
  ["dn-serial-number", "serialNumber"],
];

const KEY_USAGE_NAMES: Readonly<Record<string, string>> = {
  "digital signature": "digitalSignature",
  "non repudiation": "nonRepudiation",
  "non-repudiation": "nonRepudiation",
  "content commitment": "nonRepudiation",
  "key encipherment": "keyEncipherment",
  "data encipherment": "dataEncipherment",
  "key agreement": "keyAgreement",
  "certificate signing": "keyCertSign",
  "crl signing": "cRLSign",
  "encipher only": "encipherOnly",
  "decipher only": "decipherOnly",
};

const RPC_KINDS: ReadonlyArray<[string, ReplyKind]> = [
  ["get-pki-local-certificate", "local"],
  ["get-pki-ca-certificate", "ca"],
];

function escapeDNValue(value: string): string {
  return value.replace(/([,+\\])/g, "\\$1");
}

/** DN fields of an issuer/subject element, as [type, value] pairs in X.509 encoding order. */
function dnFields(holder: XmlElement | undefined): Array<[string, string]> {
  const dn = child(holder, "distinguished-name");
  if (dn === undefined) return [];
  const fields: Array<[string, string]> = [];
  for (const [element, type] of DN_FIELDS) {
    for (const value of dn.children.filter((c) => c.name === element && c.text !== "")) fields.push([type, value.text]);
  }
  return fields;
}

function dnString(fields: Array<[string, string]>): string {
  return fields.map(([type, value]) => `${type}=${escapeDNValue(value)}`).join(", ");
}

/** Order-independent comparison key of DN fields (replies list fields in no fixed order). */
function dnKey(fields: Array<[string, string]>): string {
  return fields
    .map(([type, value]) => `${type.toUpperCase()}=${value.trim().toLowerCase()}`)
    .sort()
    .join("\n");
}

function keyAlgorithmOf(text: string | undefined): string {
  if (text === undefined) return "unknown";
  if (/^rsa/i.test(text)) return "RSA";
  if (/ec(dsa|publickey)|^ec/i.test(text)) return "EC";
  if (/dsa/i.test(text)) return "DSA";
  if (/ed25519/i.test(text)) return "Ed25519";
  return text;
}

function curveFor(keyAlgorithm: string, bits: number | undefined): string | undefined {
  if (keyAlgorithm !== "EC" || bits === undefined) return undefined;
  return { 256: "P-256", 384: "P-384", 521: "P-521" }[bits];
}

function fingerprintsOf(certificate: XmlElement): Record<string, string> {
  const contents: string[] = [];
  const hashes: string[] = [];
  for (const holder of certificate.children.filter((c) => c.name === "fingerprint")) {
    for (const item of holder.children) {
      if (item.name === "fingerprint-content") contents.push(item.text);
      if (item.name === "fingerprint-hash-algorithm") hashes.push(item.text);
    }
  }
  const fingerprints: Record<string, string> = {};
  contents.forEach((content, index) => {
    const id = hashIdFor(hashes[index] ?? "");
    if (id !== undefined && content !== "") fingerprints[id] = normalizeFingerprint(content, id);
  });
  return fingerprints;
}

function serialOf(certificate: XmlElement): string {
  const list = child(certificate, "serial-number-list");
  const hex = childText(list, "serial-number-x509") ?? childText(certificate, "serial-number-x509");
  if (hex !== undefined) return hex.toLowerCase().replace(/[^0-9a-f]/g, "");
  const decimal = childText(list, "serial-number-dec-x509");
  return decimal !== undefined && /^\d+$/.test(decimal) ? BigInt(decimal).toString(16) : "";
}

function kindOf(certificate: XmlElement): ReplyKind | undefined {
  const type = childText(certificate, "certificate-type")?.toLowerCase();
  if (type === undefined) return undefined;
  if (/\bca\b|ca-cert|authority/.test(type)) return "ca";
  if (/local/.test(type)) return "local";
  return undefined;
}

type Extracted = { certificate: ReplyCertificate } | { diagnostic: Diagnostic };

function extract(certificate: XmlElement, uri: string): Extracted {
  const identifier = childText(certificate, "identifier") ?? childText(certificate, "ca-profile");
  const label = identifier === undefined ? "a certificate with no <identifier>" : `certificate "${identifier}"`;
  if (identifier === undefined) {
    return { diagnostic: diagnostic("error", "evidence/pki-reply", `${label}: expected an <identifier> element; certificate skipped`, uri, certificate.line) };
  }
  const validity = child(certificate, "validity");
  const notBeforeElement = child(validity, "not-before");
  const notAfterElement = child(validity, "not-after");
  const notBefore = parseJunosDate(notBeforeElement?.text ?? "", notBeforeElement?.attributes["seconds"]);
  const notAfter = parseJunosDate(notAfterElement?.text ?? "", notAfterElement?.attributes["seconds"]);
  if (notBefore === undefined || notAfter === undefined) {
    const message = `${label}: expected validity/not-before and not-after as "MM-DD-YYYY HH:MM UTC" (save the reply with "detail"); certificate skipped`;
    return { diagnostic: diagnostic("error", "evidence/pki-reply", message, uri, (validity ?? certificate).line) };
  }
  const subjectHolder = child(certificate, "subject-name", "subject");
  const issuerHolder = child(certificate, "issuer-name", "issuer");
  const subjectFields = dnFields(subjectHolder);
  const issuerFields = dnFields(issuerHolder);
  const subjectString = textsOf(child(certificate, "subject-string-list"), "subject-string")[0];
  const subject = subjectString ?? (subjectFields.length > 0 ? dnString(subjectFields) : (subjectHolder?.text ?? ""));
  const issuer = issuerFields.length > 0 ? dnString(issuerFields) : (issuerHolder?.text ?? "");
  const subjectEqualsIssuer =
    subjectFields.length > 0 && issuerFields.length > 0
      ? dnKey(subjectFields) === dnKey(issuerFields)
      : subject !== "" && subject.toLowerCase() === issuer.toLowerCase();
  const publicKey = child(certificate, "public-key");
  const keyAlgorithm = keyAlgorithmOf(childText(publicKey, "public-key-algorithm"));
  const lengthText = childText(publicKey, "public-key-length");
  const keySize = lengthText !== undefined && /^\d+$/.test(lengthText) ? Number(lengthText) : undefined;
  const signatureAlgorithm = childText(certificate, "signature-algorithm");
  const facts: CertificateFacts = {
    source: { uri, line: certificate.line, kind: "pki-rpc" },
    subject,
    issuer,
    serial: serialOf(certificate),
    notBefore,
    notAfter,
    keyAlgorithm,
    keySize,
    curve: curveFor(keyAlgorithm, keySize),
    signatureAlgorithm,
    signatureHash: signatureAlgorithm === undefined ? undefined : hashOfSignatureAlgorithm(signatureAlgorithm),
    sanDirNameCNs: [],
    keyUsage: textsOf(child(certificate, "key-usage-list"), "key-usage").map((usage) => KEY_USAGE_NAMES[usage.toLowerCase()] ?? usage),
    selfSigned: subjectEqualsIssuer ? undefined : false,
    subjectEqualsIssuer,
    fingerprints: fingerprintsOf(certificate),
  };
  return { certificate: { identifier, caProfile: childText(certificate, "ca-profile"), kind: kindOf(certificate), facts } };
}

function rpcKind(root: XmlElement): ReplyKind | undefined {
  for (const [rpc, kind] of RPC_KINDS) {
    if (findAll(root, new Set([rpc])).length > 0) return kind;
  }
  return undefined;
}

export function readPkiReply(text: string, uri: string): PkiReplyResult {
  const tree = parseXmlTree(text);
  if ("error" in tree) {
    const message = `the PKI reply is not well-formed XML (${tree.error}); expected a get-pki-local-certificate or get-pki-ca-certificate reply`;
    return { kind: undefined, certificates: [], diagnostics: [diagnostic("error", "evidence/xml-error", message, uri, tree.line)] };
  }
  const elements = findAll(tree.root, CERTIFICATE_ELEMENTS);
  if (elements.length === 0) {
    const message =
      "no <pkid-x509-certificate-information> or <x509-certificate-info> element found; expected a get-pki-local-certificate or get-pki-ca-certificate reply (detail)";
    return { kind: undefined, certificates: [], diagnostics: [diagnostic("warning", "evidence/not-a-pki-reply", message, uri)] };
  }
  const certificates: PkiReplyResult["certificates"] = [];
  const diagnostics: Diagnostic[] = [];
  for (const element of elements) {
    const result = extract(element, uri);
    if ("diagnostic" in result) diagnostics.push(result.diagnostic);
    else certificates.push(result.certificate);
  }
  return { kind: rpcKind(tree.root), certificates, diagnostics };
}
