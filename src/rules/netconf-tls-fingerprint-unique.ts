import { createRule } from "../engine/create-rule.js";
import { netconfTlsOrNotApplicable } from "../views/netconf.js";

export default createRule({
  meta: {
    id: "netconf-tls-fingerprint-unique",
    title: "NETCONF client-identity fingerprints are unique",
    severity: "medium",
    controls: ["Juniper: NETCONF sessions over TLS", "RFC 7407"],
    rationale:
      "Two client-identities with the same fingerprint claim the same certificate; only the first in order is used, so the second mapping is dead and the username a client gets depends on statement order. Junos refuses to commit it, but hand-written or candidate files can hold it.",
    remediation: ["delete system services netconf tls client-identity <duplicate>"],
  },
  check(ctx) {
    const tls = netconfTlsOrNotApplicable(ctx);
    if (tls === undefined) return;
    const withFingerprint = tls.clientIdentities.filter((i) => i.fingerprint !== undefined && i.fingerprint.value !== "");
    if (withFingerprint.length === 0) {
      ctx.report({ status: "not-applicable", message: "NETCONF over TLS has no client-identity fingerprint to compare.", path: [...tls.path, "client-identity"], at: tls.node });
      return;
    }
    const owners = new Map<string, string[]>();
    for (const identity of withFingerprint) {
      const key = identity.fingerprint!.value.toLowerCase();
      owners.set(key, [...(owners.get(key) ?? []), identity.name]);
    }
    for (const identity of withFingerprint) {
      const fingerprint = identity.fingerprint!;
      const others = (owners.get(fingerprint.value.toLowerCase()) ?? []).filter((n) => n !== identity.name);
      const path = [...identity.path, "fingerprint"];
      if (others.length > 0) {
        ctx.report({ status: "fail", message: `client-identity "${identity.name}" has the same fingerprint as ${others.map((o) => `"${o}"`).join(", ")} (compared case-insensitively); expected one client-identity per certificate.`, path, object: identity.name, at: fingerprint.node });
      } else {
        ctx.report({ status: "pass", message: `client-identity "${identity.name}" has a fingerprint no other client-identity uses.`, path, object: identity.name, at: fingerprint.node });
      }
    }
  },
});
