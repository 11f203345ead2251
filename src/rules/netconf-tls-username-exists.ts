import { createRule } from "../engine/create-rule.js";
import { allIdentities, loginFacts, resolveUsername, specifiedUsername, netconfTlsOrNotApplicable } from "../views/netconf.js";

export default createRule({
  meta: {
    id: "netconf-tls-username-exists",
    title: "NETCONF over TLS usernames are Junos accounts with a class",
    severity: "high",
    controls: ["Juniper: NETCONF sessions over TLS (\"The NETCONF username corresponds to a valid Junos OS user account\")", "RFC 7589"],
    rationale:
      "NETCONF operations run with the privileges of the mapped user. A username that is not an active `system login user` with a `class` (or, with LDAP, a template account) cannot log in: the client is refused even though its certificate is trusted.",
    remediation: [
      "set system login user <user> class <class>",
      "set system login user remote class <class>",
    ],
  },
  check(ctx) {
    const tls = netconfTlsOrNotApplicable(ctx);
    if (tls === undefined) return;
    const login = loginFacts(ctx.config);
    let judged = 0;
    for (const identity of allIdentities(tls)) {
      const label = identity.isDefault ? "default-client-identity" : `client-identity "${identity.name}"`;
      const username = specifiedUsername(identity);
      if (identity.mapType?.value === "san-dirname-cn") {
        judged++;
        const path = [...identity.path, "map-type"];
        const template = login.templates[0];
        if (login.ldap && template !== undefined) {
          ctx.report({ status: "pass", message: `${label} takes the username from the certificate's SAN DirName CN; LDAP is configured and template account "${template.name}" exists for users without a local account.`, path, object: identity.name, at: identity.mapType.node });
        } else {
          ctx.report({ status: "inconclusive", message: `${label} takes the username from each client certificate's SAN DirName CN, which the configuration cannot show; every such CN must be a local user with a class (or configure system ldap-server and a template user such as "remote").`, path, object: identity.name, at: identity.mapType.node });
        }
        continue;
      }
      if (username === undefined) continue;
      judged++;
      const path = [...identity.path, "username"];
      const resolution = resolveUsername(login, username.value);
      const base = { path, object: identity.name, at: username.node };
      if (resolution.kind === "local") {
        ctx.report({ ...base, status: "pass", message: `${label} maps to user ${username.value}, an active local account of class ${resolution.className}.` });
      } else if (resolution.kind === "template") {
        ctx.report({ ...base, status: "pass", message: `${label} maps to user ${username.value}: no local account, but LDAP is configured and template account "${resolution.template.name}" (class ${resolution.className}) exists.` });
      } else if (resolution.kind === "classless") {
        ctx.report({ ...base, status: "fail", message: `${label} maps to user ${username.value}, whose account has no class; expected \`set system login user ${username.value} class <class>\`.` });
      } else {
        ctx.report({ ...base, status: "fail", message: `${label} maps to user ${username.value}, but there is ${resolution.reason}; expected \`set system login user ${username.value} class <class>\`.` });
      }
    }
    if (judged === 0) {
      ctx.report({ status: "not-applicable", message: "No NETCONF client identity names a username (map-type specified with username, or san-dirname-cn).", path: tls.path, at: tls.node });
    }
  },
});
