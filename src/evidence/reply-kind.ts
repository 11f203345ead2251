/**
 * Local or CA? How a certificate from a PKI reply file is filed, first rule that answers wins:
 *  1. its own `<certificate-type>` (contains "ca" / "local");
 *  2. the RPC echoed in the file (`<get-pki-ca-certificate>` / `<get-pki-local-certificate>`);
 *  3. the file name: "ca-certificate", "ca-cert", "ca_cert" or a leading "ca" word → CA;
 *     "local-certificate", "local-cert" → local;
 *  4. it has a `<ca-profile>` element and no other hint → CA;
 *  5. otherwise local, with an info diagnostic saying so.
 * A CA certificate is filed under its `<ca-profile>` when the reply has one, else its `<identifier>`.
 */
import type { ReplyCertificate, ReplyKind } from "./pki-reply.js";

export interface KindDecision {
  kind: ReplyKind;
  /** false when rule 5 decided (nothing said which). */
  told: boolean;
}

export function kindFromFileName(fileName: string): ReplyKind | undefined {
  const base = fileName.toLowerCase().replace(/\.xml$/, "");
  if (/ca[-_ ]?cert/.test(base) || /^ca([-_.]|$)/.test(base)) return "ca";
  if (/local[-_ ]?cert/.test(base)) return "local";
  return undefined;
}

export function decideKind(certificate: ReplyCertificate, replyKind: ReplyKind | undefined, fileName: string): KindDecision {
  const told = certificate.kind ?? replyKind ?? kindFromFileName(fileName) ?? (certificate.caProfile === undefined ? undefined : "ca");
  return told === undefined ? { kind: "local", told: false } : { kind: told, told: true };
}

export function evidenceName(certificate: ReplyCertificate, kind: ReplyKind): string {
  return kind === "ca" ? (certificate.caProfile ?? certificate.identifier) : certificate.identifier;
}
