import { createRule } from "../engine/create-rule.js";
import { judgeServiceCertificates, SYSTEM_GENERATED } from "../views/service-certificates.js";

export default createRule({
  meta: {
    id: "cert-not-self-signed",
    title: "Management services present CA-signed certificates",
    severity: "high",
    controls: [
      "Juniper: NETCONF sessions over TLS (\"Self-signed certificates are not accepted\")",
      "CIS Juniper OS Benchmark v2.1.0 6.10.5.3",
      "CIS Juniper OS Benchmark v2.1.0 6.10.2.3",
    ],
    rationale:
      "A self-signed certificate cannot be validated by clients: they either fail (NETCONF over TLS refuses it) or are configured to skip verification, which lets anyone impersonate the device. Certificates issued by the organisation's CA can be verified, revoked and rotated.",
    remediation: [
      "request security pki generate-key-pair certificate-id <id> type rsa size 2048",
      "request security pki generate-certificate-request certificate-id <id> subject <dn> digest sha-256 filename <csr>",
      "request security pki local-certificate load certificate-id <id> filename <signed-cert>",
      "set system services web-management https pki-local-certificate <id>",
    ],
  },
  check(ctx) {
    judgeServiceCertificates(
      ctx,
      (facts, _certificate, label) => {
        if (facts.selfSigned === true) return { status: "fail", message: `${label} is self-signed (subject ${facts.subject} is its own issuer and its signature verifies with its own key); expected a certificate issued by a CA.` };
        if (facts.selfSigned === false) return { status: "pass", message: `${label} is issued by ${facts.issuer}.` };
        const same = facts.subjectEqualsIssuer ?? facts.subject === facts.issuer;
        return {
          status: "inconclusive",
          message: same
            ? `${label}: subject equals issuer (${facts.subject}), but the evidence (${facts.source.kind}) has no signature to verify; provide the certificate file to decide whether it is self-signed.`
            : `${label}: the evidence (${facts.source.kind}) cannot tell whether it is self-signed; provide the certificate file.`,
        };
      },
      () => ({
        status: "fail",
        message: `J-Web uses ${SYSTEM_GENERATED}, which is self-signed by definition; expected \`set system services web-management https pki-local-certificate <id>\` with a CA-issued certificate.`,
      }),
    );
  },
});
