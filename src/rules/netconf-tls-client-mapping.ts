import { createRule } from "../engine/create-rule.js";
import { netconfTlsOrNotApplicable } from "../views/netconf.js";

export default createRule({
  meta: {
    id: "netconf-tls-client-mapping",
    title: "NETCONF over TLS maps client certificates to usernames",
    severity: "medium",
    controls: ["Juniper: NETCONF sessions over TLS", "RFC 7589", "RFC 7407"],
    rationale:
      "The server derives the NETCONF username from the client certificate through a `client-identity` (by fingerprint) or the `default-client-identity`; with neither, every session is refused after the TLS handshake.",
    remediation: [
      "set system services netconf tls client-identity <name> fingerprint <04:…>",
      "set system services netconf tls client-identity <name> map-type specified",
      "set system services netconf tls client-identity <name> username <user>",
    ],
  },
  check(ctx) {
    const tls = netconfTlsOrNotApplicable(ctx);
    if (tls === undefined) return;
    const count = tls.clientIdentities.length;
    if (count === 0 && tls.defaultIdentity === undefined) {
      ctx.report({ status: "fail", message: "NETCONF over TLS has neither a client-identity nor a default-client-identity: no client certificate maps to a username, so no client can log in.", path: tls.path, at: tls.node });
      return;
    }
    const parts = count === 0 ? [] : [`${count} client-identit${count === 1 ? "y" : "ies"}`];
    if (tls.defaultIdentity !== undefined) parts.push("a default-client-identity");
    ctx.report({ status: "pass", message: `NETCONF over TLS maps client certificates to usernames (${parts.join(" and ")}).`, path: tls.path, at: tls.node });
  },
});
