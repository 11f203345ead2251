import { createRule } from "../engine/create-rule.js";
import { caReferences, type CaReference } from "../views/ca-references.js";
import { caPresence, GNOI_CA_BUNDLE, PKI_PATH, type CaPresence } from "../views/pki.js";
import { expectedEvidencePath } from "../evidence/expected-path.js";
import type { DeviceEvidence } from "../model/certificates.js";
import type { RuleStatus } from "../model/report.js";

function verdict(presence: CaPresence, ref: CaReference, evidence: DeviceEvidence | undefined, device: string): { status: RuleStatus; message: string } {
  const named = `${ref.service} names CA "${ref.name}"`;
  switch (presence) {
    case "configured":
      return { status: "pass", message: `${named}, a configured security pki ca-profile or ca-profile-group.` };
    case "loaded":
      return { status: "pass", message: `${named}, the ca-profile-group gNOI loads; the CA evidence holds it.` };
    case "missing":
      return { status: "fail", message: `${named}, which is not a configured security pki ca-profile or ca-profile-group; expected security pki ca-profile ${ref.name}.` };
    case "unknown":
      break;
  }
  const file = expectedEvidencePath(evidence ?? { dir: `<certs>/${device}` }, "ca", GNOI_CA_BUNDLE).replace(/\\/g, "/");
  const where = evidence === undefined ? `run with --certs DIR and provide ${file} or a get-pki-ca-certificate reply` : `no CA evidence for it (looked for ${file} and PKI replies)`;
  return { status: "inconclusive", message: `${named}, the reserved ca-profile-group that gNOI loads at run time (not in the configuration); whether it is loaded needs evidence: ${where}.` };
}

export default createRule({
  meta: {
    id: "pki-ca-profile-exists",
    title: "Every CA named by a TLS service is a configured CA profile",
    severity: "high",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.4", "Junos commit semantics (junos:must on ca-profile references)"],
    rationale:
      "A TLS service that names a CA the PKI does not have cannot verify any peer certificate: mutual authentication then fails for every client, or the statement is silently useless. CIS requires the CA to be a ca-profile configured on the device.",
    remediation: [
      "set security pki ca-profile <ca-profile> ca-identity <ca-identity>",
      "set security pki ca-profile <ca-profile> revocation-check crl url <crl-url>",
    ],
  },
  check(ctx) {
    const refs = caReferences(ctx.config);
    if (refs.length === 0) {
      return ctx.report({
        status: "not-applicable",
        message: "No TLS service names a CA (no REST or gRPC mutual-authentication certificate-authority, J-Web mtls ca-profile, syslog tlsdetails or trusted-ca-group ca-profiles).",
        path: [...PKI_PATH],
      });
    }
    for (const ref of refs) {
      ctx.report({ ...verdict(caPresence(ctx.config, ctx.evidence, ref.name), ref, ctx.evidence, ctx.device), path: ref.path, object: ref.name, at: ref.node });
    }
  },
});
