/**
 * A certificate file (.pem/.crt/.cer/.der) → CertificateFacts, leaf first, plus diagnostics.
 * PEM or DER is told by content, not by extension. Private keys are skipped, never read.
 */
import type { CertificateFacts } from "../model/certificates.js";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";
import { CERTIFICATE_LABELS, isPrivateKeyLabel, looksLikePem, pemBlocks, type PemBlock } from "./pem.js";
import { factsFromCertificate } from "./x509-facts.js";

export interface CertificateFileResult {
  certificates: CertificateFacts[];
  diagnostics: Diagnostic[];
}

const NOT_A_CERTIFICATE = "expected a PEM or DER X.509 certificate";
const ASN1_SEQUENCE = 0x30;

export async function readCertificateFile(bytes: Uint8Array, uri: string): Promise<CertificateFileResult> {
  const text = Buffer.from(bytes).toString("latin1");
  if (looksLikePem(text)) return readPem(text, uri);
  if (bytes[0] === ASN1_SEQUENCE) return readDer(bytes, uri);
  const what = bytes.length === 0 ? "the file is empty" : "the file is neither";
  return { certificates: [], diagnostics: [diagnostic("error", "evidence/not-a-certificate", `${NOT_A_CERTIFICATE}; ${what}`, uri)] };
}

/**
 * PKCS#8, PKCS#1 and SEC1 private keys open with SEQUENCE { INTEGER 0|1, … }; a certificate opens
 * with SEQUENCE { SEQUENCE (the TBS) … }. Only the first few header octets are looked at.
 */
export function looksLikeDerPrivateKey(bytes: Uint8Array): boolean {
  const lengthOctet = bytes[1] ?? 0;
  const header = lengthOctet < 0x80 ? 2 : 2 + (lengthOctet & 0x7f);
  return bytes[header] === 0x02 && bytes[header + 1] === 0x01 && (bytes[header + 2] === 0x00 || bytes[header + 2] === 0x01);
}

async function readDer(bytes: Uint8Array, uri: string): Promise<CertificateFileResult> {
  if (looksLikeDerPrivateKey(bytes)) {
    const message = "a DER private key was found and skipped: keys are never read or kept; keep only certificates in the evidence directory";
    return { certificates: [], diagnostics: [diagnostic("warning", "evidence/private-key-skipped", message, uri)] };
  }
  try {
    const facts = await factsFromCertificate(new Uint8Array(bytes), { uri, kind: "der" });
    return { certificates: [facts], diagnostics: [] };
  } catch {
    // The reason is not quoted: the bytes could be anything, a DER private key included.
    const message = `${NOT_A_CERTIFICATE}; the binary content does not decode as DER X.509`;
    return { certificates: [], diagnostics: [diagnostic("error", "evidence/not-a-certificate", message, uri)] };
  }
}

async function readPem(text: string, uri: string): Promise<CertificateFileResult> {
  const certificates: CertificateFacts[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const block of pemBlocks(text)) {
    const result = await readPemBlock(block, uri);
    if ("facts" in result) certificates.push(result.facts);
    else diagnostics.push(result.diagnostic);
  }
  if (certificates.length === 0 && !diagnostics.some((d) => d.level === "error")) {
    diagnostics.push(diagnostic("error", "evidence/not-a-certificate", `${NOT_A_CERTIFICATE}; the PEM file holds no CERTIFICATE block`, uri));
  }
  return { certificates, diagnostics };
}

async function readPemBlock(block: PemBlock, uri: string): Promise<{ facts: CertificateFacts } | { diagnostic: Diagnostic }> {
  if (isPrivateKeyLabel(block.label)) {
    const message = `a private key (${block.label}) was found and skipped: keys are never read or kept; keep only certificates in the evidence directory`;
    return { diagnostic: diagnostic("warning", "evidence/private-key-skipped", message, uri, block.line) };
  }
  if (!CERTIFICATE_LABELS.has(block.label)) {
    const message = `a PEM block "${block.label}" was skipped; ${NOT_A_CERTIFICATE} (BEGIN CERTIFICATE)`;
    return { diagnostic: diagnostic("warning", "evidence/not-a-certificate", message, uri, block.line) };
  }
  if (!block.complete) {
    const message = `the PEM certificate that begins here has no matching "-----END ${block.label}-----" line; ${NOT_A_CERTIFICATE}`;
    return { diagnostic: diagnostic("error", "evidence/bad-pem", message, uri, block.line) };
  }
  try {
    const der = new Uint8Array(Buffer.from(block.body, "base64"));
    return { facts: await factsFromCertificate(der, { uri, line: block.line, kind: "pem" }) };
  } catch {
    const message = `the PEM certificate that begins here does not decode as X.509; ${NOT_A_CERTIFICATE}`;
    return { diagnostic: diagnostic("error", "evidence/bad-pem", message, uri, block.line) };
  }
}
