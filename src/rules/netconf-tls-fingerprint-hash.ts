import { createRule } from "../engine/create-rule.js";
import { readFingerprint, netconfTlsOrNotApplicable } from "../views/netconf.js";

const WEAK = new Set(["md5", "sha1"]);

export default createRule({
  meta: {
    id: "netconf-tls-fingerprint-hash",
    title: "NETCONF client-identity fingerprints use SHA-2",
    severity: "medium",
    controls: ["Juniper: NETCONF sessions over TLS", "RFC 7407", "NIST SP 800-131A"],
    rationale:
      "The fingerprint is the only thing tying a client certificate to a username. MD5 (01) and SHA-1 (02) are broken for collision resistance: a forged certificate with the same digest would log in as that user.",
    remediation: [
      "set system services netconf tls client-identity <name> fingerprint 04:<SHA-256 digest of the client certificate>",
    ],
  },
  check(ctx) {
    const tls = netconfTlsOrNotApplicable(ctx);
    if (tls === undefined) return;
    const withFingerprint = tls.clientIdentities.filter((i) => i.fingerprint !== undefined && i.fingerprint.value !== "");
    if (withFingerprint.length === 0) {
      ctx.report({ status: "not-applicable", message: "NETCONF over TLS has no client-identity fingerprint to judge.", path: [...tls.path, "client-identity"], at: tls.node });
      return;
    }
    for (const identity of withFingerprint) {
      const fingerprint = identity.fingerprint!;
      const path = [...identity.path, "fingerprint"];
      const { hash, hashId } = readFingerprint(fingerprint.value);
      if (hash === undefined) {
        ctx.report({ status: "inconclusive", message: `client-identity "${identity.name}": fingerprint ${fingerprint.value} names no known hash (first octet ${hashId ?? "unreadable"}); see netconf-tls-fingerprint-format.`, path, object: identity.name, at: fingerprint.node });
      } else if (WEAK.has(hash)) {
        ctx.report({ status: "fail", message: `client-identity "${identity.name}" fingerprint uses ${hash} (hash id ${hashId!}); expected sha256 (04) or stronger.`, path, object: identity.name, at: fingerprint.node });
      } else {
        ctx.report({ status: "pass", message: `client-identity "${identity.name}" fingerprint uses ${hash}.`, path, object: identity.name, at: fingerprint.node });
      }
    }
  },
});
