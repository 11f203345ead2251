import { createRule } from "../engine/create-rule.js";
import { netconfTlsOrNotApplicable } from "../views/netconf.js";
import { expectedLocalEvidence } from "../views/service-certificates.js";
import type { DeviceEvidence } from "../model/certificates.js";

/** True when the evidence lists the device's local certificates (a get-pki-local-certificate reply). */
function hasPkiListing(evidence: DeviceEvidence | undefined): boolean {
  if (evidence === undefined) return false;
  for (const named of evidence.local.values()) if (named.chain.some((c) => c.source.kind === "pki-rpc")) return true;
  return false;
}

export default createRule({
  meta: {
    id: "netconf-tls-local-certificate",
    title: "NETCONF over TLS names a local certificate that exists in the PKI",
    severity: "high",
    controls: ["Juniper: NETCONF sessions over TLS", "RFC 7589"],
    rationale:
      "The NETCONF server presents its `tls local-certificate` to every client; without one (or with an id the PKI does not hold) no client can verify the device and NETCONF over TLS does not start.",
    remediation: [
      "request security pki local-certificate load certificate-id <id> filename <cert.pem> key <key.pem>",
      "set system services netconf tls local-certificate <id>",
    ],
  },
  check(ctx) {
    const tls = netconfTlsOrNotApplicable(ctx);
    if (tls === undefined) return;
    const local = tls.localCertificate;
    if (local === undefined || local.value === "") {
      ctx.report({ status: "fail", message: "NETCONF over TLS has no local-certificate; expected `tls local-certificate <pki-id>` naming a CA-signed RSA certificate.", path: [...tls.path, "local-certificate"] });
      return;
    }
    const at = local.node;
    const path = [...tls.path, "local-certificate"];
    if (ctx.evidence?.local.has(local.value) === true) {
      ctx.report({ status: "pass", message: `NETCONF over TLS uses local certificate "${local.value}", present in the device PKI evidence.`, path, object: local.value, at });
    } else if (hasPkiListing(ctx.evidence)) {
      ctx.report({ status: "fail", message: `NETCONF over TLS names local certificate "${local.value}", but the device PKI evidence has no local certificate with that id; expected one of: ${[...ctx.evidence!.local.keys()].join(", ")}.`, path, object: local.value, at });
    } else {
      ctx.report({ status: "pass", message: `NETCONF over TLS names local certificate "${local.value}" (not checked against the device PKI: no PKI listing given; ${expectedLocalEvidence(ctx.evidence, ctx.device, local.value)} would show it).`, path, object: local.value, at });
    }
  },
});
