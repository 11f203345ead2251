import { createRule } from "../engine/create-rule.js";
import type { CertificateFacts } from "../model/certificates.js";
import { judgeServiceCertificates, type Verdict } from "../views/service-certificates.js";

const WEAK = new Set(["md5", "sha1"]);

/** "sha1WithRSAEncryption" / "SHA-256" / "ecdsa-with-SHA384" → "sha1" / "sha256" / "sha384". */
function hashOf(facts: CertificateFacts): string | undefined {
  const raw = (facts.signatureHash ?? facts.signatureAlgorithm ?? "").toLowerCase().replace(/-/g, "");
  const found = /(md5|sha1(?!\d)|sha224|sha256|sha384|sha512|sha3\d+)/.exec(raw);
  if (found !== null) return found[1];
  return /ed25519|ed448/.test(raw) ? "eddsa" : undefined;
}

function judgeHash(facts: CertificateFacts, label: string): Verdict {
  const hash = hashOf(facts);
  if (hash === undefined) return { status: "inconclusive", message: `${label}: the evidence (${facts.source.kind}) does not give the signature algorithm.` };
  if (WEAK.has(hash)) return { status: "fail", message: `${label} is signed with ${hash} (${facts.signatureAlgorithm ?? hash}); expected SHA-256 or stronger (NIST SP 800-131A).` };
  return { status: "pass", message: `${label} is signed with ${facts.signatureAlgorithm ?? hash}.` };
}

export default createRule({
  meta: {
    id: "cert-signature-hash",
    title: "Service certificates are not signed with MD5 or SHA-1",
    severity: "medium",
    controls: ["NIST SP 800-131A Rev. 2"],
    rationale:
      "MD5 and SHA-1 signatures allow chosen-prefix collisions: a CA's signature over one certificate can be reused for a forged one. Junos CSRs for RSA keys default to `digest sha-1`, so such certificates are common.",
    remediation: [
      "request security pki generate-certificate-request certificate-id <id> subject <dn> digest sha-256 filename <csr>",
      "request security pki local-certificate load certificate-id <id> filename <re-issued-cert>",
    ],
  },
  check(ctx) {
    judgeServiceCertificates(ctx, (facts, _certificate, label) => judgeHash(facts, label));
  },
});
