import { createRule } from "../engine/create-rule.js";
import { loginFacts, resolveUsername, specifiedUsername, netconfTlsOrNotApplicable } from "../views/netconf.js";

export default createRule({
  meta: {
    id: "netconf-tls-default-identity-privilege",
    title: "The NETCONF default-client-identity does not grant super-user",
    severity: "high",
    controls: ["Juniper: NETCONF sessions over TLS", "RFC 7589", "NIST SP 800-53 AC-6 (least privilege)"],
    rationale:
      "The default-client-identity applies to every certificate that matches no client-identity fingerprint. Mapping it to a super-user account makes any certificate from any trusted CA an administrator of the device.",
    remediation: [
      "set system services netconf tls default-client-identity username <read-only-user>",
      "set system login user <read-only-user> class read-only",
      "delete system services netconf tls default-client-identity",
    ],
  },
  check(ctx) {
    const tls = netconfTlsOrNotApplicable(ctx);
    if (tls === undefined) return;
    const identity = tls.defaultIdentity;
    if (identity === undefined) {
      ctx.report({ status: "not-applicable", message: "NETCONF over TLS has no default-client-identity: certificates that match no client-identity are refused.", path: [...tls.path, "default-client-identity"], at: tls.node });
      return;
    }
    const login = loginFacts(ctx.config);
    const base = { object: identity.name, path: identity.path, at: identity.node };
    if (identity.mapType?.value === "san-dirname-cn") {
      // Choice (docs): with LDAP, a CN without a local account lands on the `remote` template.
      const remote = login.templates.find((t) => t.name === "remote");
      const remoteClass = remote?.className?.value;
      if (login.ldap && remoteClass !== undefined && login.adminClasses.has(remoteClass)) {
        ctx.report({ ...base, status: "fail", message: `default-client-identity takes the username from the certificate's SAN DirName CN, and with LDAP every CN without a local account becomes template user "remote" of class ${remoteClass}: any trusted certificate logs in as an administrator; expected a less privileged remote template.` });
      } else {
        ctx.report({ ...base, status: "pass", message: "default-client-identity takes the username from each certificate's SAN DirName CN; no catch-all super-user template applies." });
      }
      return;
    }
    const username = specifiedUsername(identity);
    if (username === undefined) {
      ctx.report({ ...base, status: "inconclusive", message: "default-client-identity has no map-type specified with a username nor san-dirname-cn, so the user it maps to is unknown (see netconf-tls-map-type)." });
      return;
    }
    const at = { ...base, at: username.node, path: [...identity.path, "username"] };
    const resolution = resolveUsername(login, username.value);
    const resolved =
      resolution.kind === "local" ? { className: resolution.className, via: `user ${username.value}` }
      : resolution.kind === "template" && resolution.template.name === "remote" ? { className: resolution.className, via: `user ${username.value} (LDAP, template "remote")` }
      : undefined;
    if (resolved === undefined) {
      ctx.report({ ...at, status: "inconclusive", message: `default-client-identity maps to user ${username.value}, whose class cannot be told from the configuration (no local account with a class, and no "remote" template; see netconf-tls-username-exists).` });
    } else if (login.adminClasses.has(resolved.className)) {
      ctx.report({ ...at, status: "fail", message: `default-client-identity maps every unmatched certificate to ${resolved.via} of class ${resolved.className}: any certificate from a trusted CA becomes an administrator; expected a read-only or operator user, or client-identity entries per client.` });
    } else {
      ctx.report({ ...at, status: "pass", message: `default-client-identity maps unmatched certificates to ${resolved.via} of class ${resolved.className}.` });
    }
  },
});
