import { createRule } from "../engine/create-rule.js";
import { allIdentities, identityCommandPath, netconfTlsOrNotApplicable } from "../views/netconf.js";

export default createRule({
  meta: {
    id: "netconf-tls-map-type",
    title: "NETCONF client identities say how the username is derived",
    severity: "high",
    controls: ["Juniper: NETCONF sessions over TLS", "RFC 7589", "RFC 7407 (cert-to-name)"],
    rationale:
      "Every client-identity and default-client-identity needs a `map-type`: `specified` with a `username`, or `san-dirname-cn`. Without one the server cannot derive a NETCONF username, and a `username` without `map-type specified` is ignored, so the client logs in as someone else or not at all.",
    remediation: [
      "set system services netconf tls client-identity <name> map-type specified",
      "set system services netconf tls client-identity <name> username <user>",
      "delete system services netconf tls client-identity <name> username",
    ],
  },
  check(ctx) {
    const tls = netconfTlsOrNotApplicable(ctx);
    if (tls === undefined) return;
    const identities = allIdentities(tls);
    if (identities.length === 0) {
      ctx.report({ status: "not-applicable", message: "NETCONF over TLS has no client-identity or default-client-identity (see netconf-tls-client-mapping).", path: tls.path, at: tls.node });
      return;
    }
    for (const identity of identities) {
      const label = identity.isDefault ? "default-client-identity" : `client-identity "${identity.name}"`;
      const command = identityCommandPath(identity);
      const mapType = identity.mapType?.value;
      const username = identity.username;
      const base = { object: identity.name };
      if (mapType === undefined || mapType === "") {
        ctx.report({ ...base, status: "fail", message: `${label} has no map-type; expected \`set ${command} map-type specified\` (with a username) or \`map-type san-dirname-cn\`.`, path: [...identity.path, "map-type"], at: identity.mapType?.node });
      } else if (mapType === "specified" && (username === undefined || username.value === "")) {
        ctx.report({ ...base, status: "fail", message: `${label} has map-type specified but no username; expected \`set ${command} username <user>\`.`, path: [...identity.path, "username"], at: identity.mapType!.node });
      } else if (mapType !== "specified" && username !== undefined) {
        ctx.report({ ...base, status: "fail", message: `${label} has username ${username.value} but map-type ${mapType}; the username is used only with map-type specified (\`set ${command} map-type specified\` or \`delete ${command} username\`).`, path: [...identity.path, "username"], at: username.node });
      } else if (mapType !== "specified" && mapType !== "san-dirname-cn") {
        ctx.report({ ...base, status: "fail", message: `${label} has unknown map-type ${mapType}; expected specified or san-dirname-cn.`, path: [...identity.path, "map-type"], at: identity.mapType!.node });
      } else {
        ctx.report({ ...base, status: "pass", message: `${label} maps certificates with map-type ${mapType}${mapType === "specified" ? ` to user ${username!.value}` : ""}.`, path: [...identity.path, "map-type"], at: identity.mapType!.node });
      }
    }
  },
});
