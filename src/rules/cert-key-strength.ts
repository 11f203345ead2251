import { createRule } from "../engine/create-rule.js";
import type { CertificateFacts } from "../model/certificates.js";
import { judgeServiceCertificates, type Verdict } from "../views/service-certificates.js";

const MIN_RSA_BITS = 2048;
const MIN_EC_BITS = 256;

function judgeKey(facts: CertificateFacts, label: string): Verdict {
  const algorithm = facts.keyAlgorithm.toUpperCase();
  const bits = facts.keySize;
  if (algorithm.startsWith("DSA")) return { status: "fail", message: `${label} has a DSA key; DSA is deprecated (FIPS 186-5); expected RSA ≥ ${MIN_RSA_BITS} bits or EC ≥ ${MIN_EC_BITS} bits.` };
  if (algorithm === "ED25519" || algorithm === "ED448") return { status: "pass", message: `${label} has an ${facts.keyAlgorithm} key.` };
  const minimum = algorithm.startsWith("RSA") ? MIN_RSA_BITS : algorithm.startsWith("EC") ? MIN_EC_BITS : undefined;
  if (minimum === undefined) return { status: "inconclusive", message: `${label} has a ${facts.keyAlgorithm} key, which this rule cannot size; expected RSA ≥ ${MIN_RSA_BITS} bits or EC ≥ ${MIN_EC_BITS} bits.` };
  const name = algorithm.startsWith("RSA") ? "RSA" : `EC${facts.curve !== undefined ? ` ${facts.curve}` : ""}`;
  if (bits === undefined) return { status: "inconclusive", message: `${label} has an ${name} key of unknown size in the evidence (${facts.source.kind}).` };
  if (bits < minimum) return { status: "fail", message: `${label} has a ${bits}-bit ${name} key; expected at least ${minimum} bits.` };
  return { status: "pass", message: `${label} has a ${bits}-bit ${name} key.` };
}

export default createRule({
  meta: {
    id: "cert-key-strength",
    title: "Service certificate keys are strong enough",
    severity: "high",
    controls: ["CIS Juniper OS Benchmark v2.1.0 6.10.5.2", "NIST SP 800-131A", "NIST SP 800-57 Part 1"],
    rationale:
      "Keys below RSA 2048 or EC 256 bits can be factored or solved with practical effort, and DSA is withdrawn; whoever recovers the private key can impersonate the device's management services. Older Junos releases generated 1024-bit keys by default.",
    remediation: [
      "request security pki generate-key-pair certificate-id <new-id> type rsa size 2048",
      "request security pki generate-certificate-request certificate-id <new-id> subject <dn> digest sha-256 filename <csr>",
      "set system services netconf tls local-certificate <new-id>",
    ],
  },
  check(ctx) {
    judgeServiceCertificates(ctx, (facts, _certificate, label) => judgeKey(facts, label));
  },
});
