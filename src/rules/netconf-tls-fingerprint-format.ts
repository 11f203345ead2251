import { createRule } from "../engine/create-rule.js";
import { identityCommandPath, readFingerprint, netconfTlsOrNotApplicable } from "../views/netconf.js";

export default createRule({
  meta: {
    id: "netconf-tls-fingerprint-format",
    title: "NETCONF client-identity fingerprints are x509c2n:tls-fingerprint values",
    severity: "high",
    controls: ["Juniper: NETCONF sessions over TLS", "RFC 7407 (x509c2n:tls-fingerprint)", "RFC 7589"],
    rationale:
      "A client-identity matches a client certificate only through its fingerprint: the hash id octet (01 md5 … 06 sha512, RFC 5246) followed by the certificate's digest. A malformed or truncated fingerprint never matches, so that client silently falls back to the default-client-identity or is refused.",
    remediation: [
      "set system services netconf tls client-identity <name> fingerprint 04:<32 colon-separated octets of the certificate's SHA-256 digest>",
    ],
  },
  check(ctx) {
    const tls = netconfTlsOrNotApplicable(ctx);
    if (tls === undefined) return;
    if (tls.clientIdentities.length === 0) {
      ctx.report({ status: "not-applicable", message: "NETCONF over TLS has no client-identity, so no fingerprint to judge.", path: [...tls.path, "client-identity"], at: tls.node });
      return;
    }
    for (const identity of tls.clientIdentities) {
      const fingerprint = identity.fingerprint;
      if (fingerprint === undefined || fingerprint.value === "") {
        ctx.report({ status: "fail", message: `client-identity "${identity.name}" has no fingerprint, so it can never match a client certificate; expected \`fingerprint 04:…\` (hash id and digest).`, path: [...identity.path, "fingerprint"], object: identity.name, at: fingerprint?.node });
        continue;
      }
      const reading = readFingerprint(fingerprint.value);
      if (reading.valid) {
        ctx.report({ status: "pass", message: `client-identity "${identity.name}" has a well-formed ${reading.hash} fingerprint.`, path: [...identity.path, "fingerprint"], object: identity.name, at: fingerprint.node });
      } else {
        ctx.report({ status: "fail", message: `client-identity "${identity.name}": fingerprint ${fingerprint.value} ${reading.problem} (x509c2n:tls-fingerprint; fix with \`set ${identityCommandPath(identity)} fingerprint …\`).`, path: [...identity.path, "fingerprint"], object: identity.name, at: fingerprint.node });
      }
    }
  },
});
