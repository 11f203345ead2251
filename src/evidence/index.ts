/**
 * Certificate evidence: files and PKI replies → DeviceEvidence (see load.ts for the layout).
 */
export { loadEvidence, CERTIFICATE_EXTENSIONS } from "./load.js";
export { expectedEvidencePath, type EvidenceKind } from "./expected-path.js";
export { factsFromCertificate, chainsTo, CertificateParseError } from "./x509-facts.js";
export { readCertificateFile, type CertificateFileResult } from "./cert-file.js";
export { readPkiReply, type PkiReplyResult, type ReplyCertificate, type ReplyKind } from "./pki-reply.js";
export { x509c2nFingerprints, normalizeFingerprint, hashIdFor } from "./fingerprints.js";
export { normalizeDN } from "./names.js";
