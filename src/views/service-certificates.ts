/**
 * "Service certificates": the certificates management services present to clients
 * (RULES.md "Certificates used by management services"), and the evidence that describes them.
 */
import { childNamed, find, pathOf, words, type ConfigNode } from "../model/config-tree.js";
import type { CertificateFacts, DeviceEvidence } from "../model/certificates.js";
import type { RuleStatus, Severity } from "../model/report.js";
import type { RuleContext } from "../engine/types.js";
import { expectedEvidencePath } from "../evidence/expected-path.js";
import { grpcService } from "./grpc.js";
import { netconfTls } from "./netconf.js";

/** Where the device keeps the certificate: the PKI, `security certificates local`, or J-Web's own. */
export type CertificateStore = "pki" | "security-certificates-local" | "system-generated";

export const SYSTEM_GENERATED = "system-generated-certificate";

export interface CertificateUse {
  /** e.g. "NETCONF over TLS", "REST API", "gRPC", "J-Web". */
  service: string;
  /** The statement naming the certificate. */
  at: ConfigNode;
  path: string[];
}

export interface ServiceCertificate {
  /** The PKI id (or `security certificates local` name; "system-generated-certificate" for J-Web's). */
  id: string;
  store: CertificateStore;
  /** Every statement naming it, in configuration order; results point at the first. */
  uses: CertificateUse[];
}

/** A use named by a value node (`local-certificate nc-server` → at: nc-server, path: …local-certificate). */
function use(service: string, value: ConfigNode): CertificateUse {
  return { service, at: value, path: pathOf(value.parent ?? value) };
}

/** Value nodes below `keyword` of `node` (one per certificate named). */
function named(node: ConfigNode | undefined, keyword: string): ConfigNode[] {
  const keywordNode = node === undefined ? undefined : childNamed(node, keyword);
  return keywordNode?.children ?? [];
}

function collectUses(config: ConfigNode): Array<{ id: string; store: CertificateStore; use: CertificateUse }> {
  const out: Array<{ id: string; store: CertificateStore; use: CertificateUse }> = [];
  const tls = netconfTls(config);
  for (const v of named(tls?.node, "local-certificate")) out.push({ id: v.name, store: "pki", use: use("NETCONF over TLS", v) });
  const https = find(config, words("system services rest https"));
  for (const v of named(https, "server-certificate")) out.push({ id: v.name, store: "pki", use: use("REST API", v) });
  const ssl = grpcService(config)?.ssl;
  const grpcStore: CertificateStore = ssl?.usePki !== undefined ? "pki" : "security-certificates-local";
  for (const c of ssl?.localCertificates ?? []) out.push({ id: c.value, store: grpcStore, use: use("gRPC", c.node) });
  const web = find(config, words("system services web-management https"));
  for (const v of named(web, "pki-local-certificate")) out.push({ id: v.name, store: "pki", use: use("J-Web", v) });
  const domains = web === undefined ? [] : (childNamed(web, "virtual-domain")?.children ?? []);
  for (const domain of domains) {
    for (const v of named(domain, "pki-local-certificate")) out.push({ id: v.name, store: "pki", use: use(`J-Web virtual-domain ${domain.name}`, v) });
  }
  const generated = web === undefined ? undefined : childNamed(web, SYSTEM_GENERATED);
  if (generated !== undefined) out.push({ id: SYSTEM_GENERATED, store: "system-generated", use: { service: "J-Web", at: generated, path: pathOf(generated) } });
  return out;
}

/** One entry per distinct certificate (store + id), with every service that uses it. */
export function serviceCertificates(config: ConfigNode): ServiceCertificate[] {
  const byKey = new Map<string, ServiceCertificate>();
  for (const { id, store, use: u } of collectUses(config)) {
    const key = `${store}\u0000${id}`;
    const existing = byKey.get(key);
    if (existing === undefined) byKey.set(key, { id, store, uses: [u] });
    else existing.uses.push(u);
  }
  return [...byKey.values()];
}

/** "NETCONF over TLS and REST API" */
export function servicesOf(certificate: ServiceCertificate): string {
  const names = [...new Set(certificate.uses.map((u) => u.service))];
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]!}`;
}

/** The leaf certificate the evidence holds for a service certificate, if any. */
export function leafFacts(evidence: DeviceEvidence | undefined, certificate: ServiceCertificate): CertificateFacts | undefined {
  if (certificate.store === "system-generated") return undefined;
  return evidence?.local.get(certificate.id)?.chain[0];
}

/** The evidence file a local certificate is looked for in, e.g. `certs/r1/nc-server.pem|.crt|.cer|.der`. */
export function expectedLocalEvidence(evidence: DeviceEvidence | undefined, device: string, id: string): string {
  return expectedEvidencePath(evidence ?? { dir: `<certs>/${device}` }, "local", id).replace(/\\/g, "/");
}

/** Why a service certificate cannot be judged: the sentence an inconclusive result carries. */
export function missingEvidenceMessage(evidence: DeviceEvidence | undefined, device: string, certificate: ServiceCertificate): string {
  const subject = `Certificate "${certificate.id}" (${servicesOf(certificate)})`;
  if (certificate.store === "system-generated") {
    return `${subject} is generated by the device and has no PKI id, so no evidence file can describe it; use a PKI certificate (pki-local-certificate) instead`;
  }
  const store = certificate.store === "security-certificates-local" ? ` is a "security certificates local" entry (gRPC ssl without use-pki), not a PKI id, and` : "";
  const where = expectedLocalEvidence(evidence, device, certificate.id);
  return evidence === undefined
    ? `${subject}${store} cannot be judged without certificate evidence: run with --certs DIR and provide ${where}`
    : `${subject}${store} cannot be judged: no evidence for it (looked for ${where} and PKI replies)`;
}

/** What a certificate rule concludes about one certificate's facts. */
export interface Verdict {
  status: RuleStatus;
  message: string;
  severity?: Severity | undefined;
}

/**
 * Reports one result per service certificate: not-applicable when there is none, inconclusive when
 * the evidence lacks it, otherwise `judge`'s verdict. J-Web's system-generated certificate goes to
 * `judgeGenerated` (default: inconclusive, nothing describes it).
 */
export function judgeServiceCertificates(
  ctx: RuleContext,
  judge: (facts: CertificateFacts, certificate: ServiceCertificate, label: string) => Verdict,
  judgeGenerated?: (certificate: ServiceCertificate, label: string) => Verdict,
): void {
  const certificates = serviceCertificates(ctx.config);
  if (certificates.length === 0) {
    ctx.report({ status: "not-applicable", message: "No management service names a certificate (netconf tls local-certificate, rest https server-certificate, grpc ssl local-certificate, web-management https pki-local-certificate).", path: words("system services") });
    return;
  }
  for (const certificate of certificates) {
    const first = certificate.uses[0]!;
    const label = `Certificate "${certificate.id}" (${servicesOf(certificate)})`;
    const facts = leafFacts(ctx.evidence, certificate);
    const verdict: Verdict =
      certificate.store === "system-generated" && judgeGenerated !== undefined
        ? judgeGenerated(certificate, label)
        : facts === undefined
          ? { status: "inconclusive", message: missingEvidenceMessage(ctx.evidence, ctx.device, certificate) }
          : judge(facts, certificate, label);
    ctx.report({ ...verdict, path: first.path, object: certificate.id, at: first.at });
  }
}
