import { createRule } from "../engine/create-rule.js";
import type { CertificateFacts, DeviceEvidence } from "../model/certificates.js";
import type { RuleStatus } from "../model/report.js";
import { REST_ABSENT, REST_PATH, restPath, restService } from "../views/rest.js";
import { expectedLocalEvidence } from "../views/service-certificates.js";

/** True when the evidence lists the device's local certificates (a get-pki-local-certificate reply). */
function hasPkiListing(evidence: DeviceEvidence): boolean {
  for (const named of evidence.local.values()) if (named.chain.some((c) => c.source.kind === "pki-rpc")) return true;
  return false;
}

function judge(id: string, leaf: CertificateFacts): { status: RuleStatus; message: string } {
  const label = `REST server-certificate "${id}"`;
  if (leaf.selfSigned === true) {
    return { status: "fail", message: `${label} is self-signed (subject and issuer "${leaf.subject}", signature verifies with its own key); expected a certificate issued by a CA.` };
  }
  if (leaf.selfSigned === false || !(leaf.subjectEqualsIssuer ?? leaf.subject === leaf.issuer)) {
    return { status: "pass", message: `${label} is issued by "${leaf.issuer}", not self-signed.` };
  }
  return { status: "inconclusive", message: `${label} has subject equal to issuer ("${leaf.subject}") but its evidence (${leaf.source.uri}) carries no signature to verify; give the certificate file to decide whether it is self-signed.` };
}

export default createRule({
  meta: {
    id: "rest-https-pki-certificate",
    title: "REST HTTPS uses a CA-issued PKI certificate",
    severity: "medium",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.3"],
    rationale:
      "A self-signed server certificate cannot be verified by clients, which then either skip verification or pin it by hand; a CA-issued certificate from the device PKI can be verified, rotated and revoked.",
    remediation: ["set system services rest https server-certificate <ca-issued-certificate-id>"],
  },
  check(ctx) {
    const rest = restService(ctx.config);
    if (rest === undefined) return ctx.report({ status: "not-applicable", message: REST_ABSENT, path: [...REST_PATH] });
    const path = restPath("https server-certificate");
    const certificate = rest.https?.serverCertificate;
    if (certificate === undefined || certificate.value === "") {
      return ctx.report({ status: "fail", message: "REST https names no server-certificate; expected `https server-certificate <id>` naming a CA-issued PKI certificate.", path });
    }
    const id = certificate.value;
    const where = { path, object: id, at: certificate.node };
    const leaf = ctx.evidence?.local.get(id)?.chain[0];
    if (leaf !== undefined) return ctx.report({ ...judge(id, leaf), ...where });
    const looked = expectedLocalEvidence(ctx.evidence, ctx.device, id);
    if (ctx.evidence === undefined) {
      return ctx.report({ status: "inconclusive", message: `REST server-certificate "${id}" cannot be judged without certificate evidence: run with --certs DIR and provide ${looked}.`, ...where });
    }
    if (hasPkiListing(ctx.evidence)) {
      return ctx.report({ status: "fail", message: `REST server-certificate "${id}" is not a local certificate in the device PKI evidence; expected one of: ${[...ctx.evidence.local.keys()].join(", ")}.`, ...where });
    }
    ctx.report({ status: "inconclusive", message: `REST server-certificate "${id}" has no evidence (looked for ${looked} and PKI replies).`, ...where });
  },
});
