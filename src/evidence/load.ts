/**
 * loadEvidence: the certificate evidence directory of one device (CONTRACT.md "Certificate evidence").
 *
 *   DIR/<device>/<certificate-id>.pem|.crt|.cer|.der   → local, by file name without extension
 *   DIR/<device>/ca/<ca-profile>.pem|.crt|.cer|.der    → ca, by file name without extension
 *   DIR/<device>/clients/*.pem|.crt|.cer|.der          → clients (the first certificate of each file)
 *   DIR/<device>/*.xml                                 → PKI replies (see reply-kind.ts)
 *
 * A certificate file wins over a reply for the same name (it has the DER, so more facts); of two
 * files for one name, the first in name order wins; both conflicts are reported as warnings.
 * A missing device directory is empty evidence, not an error. Every unreadable or unexpected
 * file becomes a diagnostic; none stops the others.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { CertificateFacts, DeviceEvidence, NamedCertificate } from "../model/certificates.js";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";
import { readCertificateFile } from "./cert-file.js";
import { readPkiReply, type ReplyCertificate } from "./pki-reply.js";
import { decideKind, evidenceName } from "./reply-kind.js";

export const CERTIFICATE_EXTENSIONS: readonly string[] = [".pem", ".crt", ".cer", ".der"];
const MAX_EVIDENCE_FILE_BYTES = 4 * 1024 * 1024;

interface Collector {
  evidence: DeviceEvidence;
  diagnostics: Diagnostic[];
}

export async function loadEvidence(certsDir: string, device: string): Promise<{ evidence: DeviceEvidence; diagnostics: Diagnostic[] }> {
  const dir = path.join(certsDir, device);
  const collector: Collector = { evidence: { local: new Map(), ca: new Map(), clients: [], dir }, diagnostics: [] };
  if (device === "" || device === "." || device === ".." || /[/\\]/.test(device)) {
    const message = `device name "${device}" cannot name a directory under ${certsDir}; expected a plain host name, no certificate evidence read`;
    collector.diagnostics.push(diagnostic("warning", "evidence/bad-device-name", message, certsDir));
    return collector;
  }
  if (!(await isDirectory(dir))) return collector;
  await loadDeviceDir(dir, collector);
  await loadNamedDir(path.join(dir, "ca"), collector.evidence.ca, collector);
  await loadClientsDir(path.join(dir, "clients"), collector);
  return collector;
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

async function listFiles(dir: string, collector: Collector): Promise<Array<{ name: string; isFile: boolean; isDir: boolean }>> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      // A symbolic link is tried as a file: reading it says whether it leads anywhere.
      .map((entry) => ({ name: entry.name, isFile: entry.isFile() || entry.isSymbolicLink(), isDir: entry.isDirectory() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    collector.diagnostics.push(diagnostic("error", "evidence/unreadable", `cannot list the evidence directory (${(error as NodeJS.ErrnoException).code ?? "error"})`, dir));
    return [];
  }
}

async function readBytes(file: string, collector: Collector): Promise<Uint8Array | undefined> {
  try {
    const info = await stat(file);
    if (info.size > MAX_EVIDENCE_FILE_BYTES) {
      const message = `the file is ${info.size} bytes; expected a certificate or PKI reply under ${MAX_EVIDENCE_FILE_BYTES} bytes, file skipped`;
      collector.diagnostics.push(diagnostic("error", "evidence/too-large", message, file));
      return undefined;
    }
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const message = `cannot read the evidence file (${(error as NodeJS.ErrnoException).code ?? "error"}); expected a readable certificate file`;
    collector.diagnostics.push(diagnostic("error", "evidence/unreadable", message, file));
    return undefined;
  }
}

function isCertificateFile(name: string): boolean {
  return CERTIFICATE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

function ignored(file: string, collector: Collector, expected: string): void {
  collector.diagnostics.push(diagnostic("info", "evidence/ignored-file", `ignored: expected ${expected}`, file));
}

async function readCertificates(file: string, collector: Collector): Promise<CertificateFacts[]> {
  const bytes = await readBytes(file, collector);
  if (bytes === undefined) return [];
  const result = await readCertificateFile(bytes, file);
  collector.diagnostics.push(...result.diagnostics);
  return result.certificates;
}

function addNamed(target: Map<string, NamedCertificate>, name: string, chain: CertificateFacts[], file: string, collector: Collector): void {
  const existing = target.get(name);
  if (existing === undefined) {
    target.set(name, { name, chain });
    return;
  }
  const message = `a second certificate named "${name}" (already read from ${existing.chain[0]?.source.uri ?? "another file"}); expected one file per name, this one is not used`;
  collector.diagnostics.push(diagnostic("warning", "evidence/duplicate", message, file, chain[0]?.source.line));
}

async function loadNamedDir(dir: string, target: Map<string, NamedCertificate>, collector: Collector): Promise<void> {
  if (!(await isDirectory(dir))) return;
  for (const entry of await listFiles(dir, collector)) {
    const file = path.join(dir, entry.name);
    if (entry.name.startsWith(".")) continue;
    if (!entry.isFile || !isCertificateFile(entry.name)) {
      ignored(file, collector, `a ${CERTIFICATE_EXTENSIONS.join("/")} certificate file`);
      continue;
    }
    const chain = await readCertificates(file, collector);
    if (chain.length > 0) addNamed(target, path.basename(entry.name, path.extname(entry.name)), chain, file, collector);
  }
}

async function loadClientsDir(dir: string, collector: Collector): Promise<void> {
  if (!(await isDirectory(dir))) return;
  for (const entry of await listFiles(dir, collector)) {
    const file = path.join(dir, entry.name);
    if (entry.name.startsWith(".")) continue;
    if (!entry.isFile || !isCertificateFile(entry.name)) {
      ignored(file, collector, `a ${CERTIFICATE_EXTENSIONS.join("/")} client certificate file`);
      continue;
    }
    const [leaf] = await readCertificates(file, collector);
    if (leaf !== undefined) collector.evidence.clients.push(leaf);
  }
}

async function loadDeviceDir(dir: string, collector: Collector): Promise<void> {
  const replies: string[] = [];
  for (const entry of await listFiles(dir, collector)) {
    const file = path.join(dir, entry.name);
    if (entry.name.startsWith(".") || entry.name === "ca" || entry.name === "clients") continue;
    if (entry.isFile && path.extname(entry.name).toLowerCase() === ".xml") {
      replies.push(entry.name);
    } else if (entry.isFile && isCertificateFile(entry.name)) {
      const chain = await readCertificates(file, collector);
      if (chain.length > 0) addNamed(collector.evidence.local, path.basename(entry.name, path.extname(entry.name)), chain, file, collector);
    } else {
      ignored(file, collector, `a certificate file (${CERTIFICATE_EXTENSIONS.join(", ")}), a PKI reply (.xml), or the ca/ and clients/ directories`);
    }
  }
  for (const name of replies) await loadReply(path.join(dir, name), name, collector);
}

async function loadReply(file: string, fileName: string, collector: Collector): Promise<void> {
  const bytes = await readBytes(file, collector);
  if (bytes === undefined) return;
  const reply = readPkiReply(Buffer.from(bytes).toString("utf8"), file);
  collector.diagnostics.push(...reply.diagnostics);
  const seen: ReplyCertificate[] = [];
  for (const certificate of reply.certificates) {
    // A chassis cluster answers once per routing engine: the same certificate is not a conflict.
    if (seen.some((other) => other.identifier === certificate.identifier && sameCertificate(other.facts, certificate.facts))) continue;
    seen.push(certificate);
    const decision = decideKind(certificate, reply.kind, fileName);
    if (!decision.told) {
      const message = `could not tell whether certificate "${certificate.identifier}" is a local or a CA certificate; filed as local (name CA replies *ca-certificate*.xml)`;
      collector.diagnostics.push(diagnostic("info", "evidence/reply-kind-guessed", message, file, certificate.facts.source.line));
    }
    const target = decision.kind === "ca" ? collector.evidence.ca : collector.evidence.local;
    const name = evidenceName(certificate, decision.kind);
    if (!sameCertificate(target.get(name)?.chain[0], certificate.facts)) addNamed(target, name, [certificate.facts], file, collector);
  }
}

/** The same certificate seen twice (a file and a reply, or two routing engines): not a conflict. */
function sameCertificate(a: CertificateFacts | undefined, b: CertificateFacts): boolean {
  const serial = (facts: CertificateFacts) => facts.serial.replace(/^0+/, "");
  return a !== undefined && a.serial !== "" && serial(a) === serial(b);
}
