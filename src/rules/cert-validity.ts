import { createRule } from "../engine/create-rule.js";
import type { CertificateFacts } from "../model/certificates.js";
import type { RuleSettings } from "../engine/types.js";
import { judgeServiceCertificates, type Verdict } from "../views/service-certificates.js";

const DAY_MS = 86_400_000;

const day = (d: Date): string => d.toISOString().slice(0, 10);

function judgeValidity(facts: CertificateFacts, label: string, settings: RuleSettings): Verdict {
  const now = settings.now.getTime();
  const notBefore = facts.notBefore.getTime();
  const notAfter = facts.notAfter.getTime();
  if (Number.isNaN(notBefore) || Number.isNaN(notAfter)) return { status: "inconclusive", message: `${label}: the evidence has no readable validity dates.` };
  if (now < notBefore) return { status: "fail", message: `${label} is not valid yet: valid from ${day(facts.notBefore)} (today ${day(settings.now)}).` };
  if (now > notAfter) return { status: "fail", message: `${label} expired on ${day(facts.notAfter)} (${Math.floor((now - notAfter) / DAY_MS)} days ago); expected a valid certificate.` };
  const daysLeft = Math.floor((notAfter - now) / DAY_MS);
  if (daysLeft < settings.expiryWarningDays) {
    return { status: "fail", severity: "low", message: `${label} expires on ${day(facts.notAfter)}, in ${daysLeft} day${daysLeft === 1 ? "" : "s"} (warning window ${settings.expiryWarningDays} days); renew it.` };
  }
  return { status: "pass", message: `${label} is valid until ${day(facts.notAfter)} (${daysLeft} days).` };
}

export default createRule({
  meta: {
    id: "cert-validity",
    title: "Service certificates are within their validity period",
    severity: "high",
    controls: ["Hardening: certificate lifecycle (Junos PKI expiry trap default 60 days)", "NIST SP 800-53 SC-17"],
    rationale:
      "An expired or not-yet-valid certificate makes clients refuse the service, or teaches operators to accept certificate errors. Certificates close to expiry (within the warning window, 60 days by default like the Junos PKI trap) are reported with low severity so they are renewed in time.",
    remediation: [
      "request security pki generate-certificate-request certificate-id <id> subject <dn> digest sha-256 filename <csr>",
      "request security pki local-certificate load certificate-id <id> filename <renewed-cert>",
    ],
  },
  check(ctx) {
    judgeServiceCertificates(ctx, (facts, _certificate, label) => judgeValidity(facts, label, ctx.settings));
  },
});
