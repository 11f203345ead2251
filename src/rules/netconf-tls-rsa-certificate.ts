import { createRule } from "../engine/create-rule.js";
import type { CertificateFacts } from "../model/certificates.js";
import { netconfTlsOrNotApplicable } from "../views/netconf.js";
import { expectedLocalEvidence } from "../views/service-certificates.js";

function describeKey(facts: CertificateFacts): string {
  return facts.curve !== undefined ? `${facts.keyAlgorithm} (${facts.curve})` : facts.keyAlgorithm;
}

const isRsa = (facts: CertificateFacts): boolean => /^rsa/i.test(facts.keyAlgorithm);
const isUnknown = (facts: CertificateFacts): boolean => facts.keyAlgorithm === "" || /^unknown$/i.test(facts.keyAlgorithm);

/** The evidence file's name relative to the clients folder, e.g. "clients/nms1.pem". */
function clientName(facts: CertificateFacts): string {
  const file = facts.source.uri.replace(/\\/g, "/").split("/").pop() ?? facts.source.uri;
  return `clients/${file}`;
}

export default createRule({
  meta: {
    id: "netconf-tls-rsa-certificate",
    title: "NETCONF over TLS certificates have RSA keys",
    severity: "high",
    controls: ["Juniper: NETCONF sessions over TLS (\"do not support ECDSA keys in NETCONF sessions over TLS\")", "RFC 7589"],
    rationale:
      "Junos does not support ECDSA keys in NETCONF sessions over TLS: a server or client certificate with a non-RSA key makes every handshake fail.",
    remediation: [
      "request security pki generate-key-pair certificate-id <id> type rsa size 2048",
      "request security pki generate-certificate-request certificate-id <id> subject <dn> digest sha-256 filename <csr>",
      "set system services netconf tls local-certificate <id>",
    ],
  },
  check(ctx) {
    const tls = netconfTlsOrNotApplicable(ctx);
    if (tls === undefined) return;
    const local = tls.localCertificate;
    const clients = ctx.evidence?.clients ?? [];
    if ((local === undefined || local.value === "") && clients.length === 0) {
      ctx.report({ status: "not-applicable", message: "NETCONF over TLS names no local-certificate and no client certificates were given as evidence.", path: [...tls.path, "local-certificate"], at: tls.node });
      return;
    }
    if (local !== undefined && local.value !== "") {
      const base = { path: [...tls.path, "local-certificate"], object: local.value, at: local.node };
      const facts = ctx.evidence?.local.get(local.value)?.chain[0];
      if (facts === undefined) {
        ctx.report({ ...base, status: "inconclusive", message: `NETCONF local certificate "${local.value}": key type unknown without certificate evidence (looked for ${expectedLocalEvidence(ctx.evidence, ctx.device, local.value)}).` });
      } else if (isUnknown(facts)) {
        ctx.report({ ...base, status: "inconclusive", message: `NETCONF local certificate "${local.value}": the evidence (${facts.source.kind}) does not say which key type it has.` });
      } else if (isRsa(facts)) {
        ctx.report({ ...base, status: "pass", message: `NETCONF local certificate "${local.value}" has an RSA key.` });
      } else {
        ctx.report({ ...base, status: "fail", message: `NETCONF local certificate "${local.value}" has a non-RSA key (${describeKey(facts)}); Junos supports only RSA keys for NETCONF over TLS.` });
      }
    }
    for (const facts of clients) {
      const base = { path: tls.path, object: clientName(facts), at: tls.node };
      if (isUnknown(facts)) {
        ctx.report({ ...base, status: "inconclusive", message: `NETCONF client certificate ${facts.subject} (${clientName(facts)}): the evidence does not say which key type it has.` });
      } else if (isRsa(facts)) {
        ctx.report({ ...base, status: "pass", message: `NETCONF client certificate ${facts.subject} (${clientName(facts)}) has an RSA key.` });
      } else {
        ctx.report({ ...base, status: "fail", message: `NETCONF client certificate ${facts.subject} (${clientName(facts)}) has a non-RSA key (${describeKey(facts)}); Junos accepts only RSA client keys for NETCONF over TLS.` });
      }
    }
  },
});
