/**
 * Every place a TLS service names a CA (a `security pki ca-profile` or `ca-profile-group`):
 * REST and gRPC mutual authentication, J-Web virtual-domain mTLS, syslog over TLS, and
 * trusted-ca-groups. `clientAuth` marks the CAs that verify client certificates.
 */
import { find, pathOf, words, type ConfigNode } from "../model/config-tree.js";
import { entriesOf, leafOf, leafValues, type Leaf } from "./util.js";
import { webManagement } from "./web-management.js";

export interface CaReference {
  /** The CA named. */
  name: string;
  /** The value node naming it (its line is the referencing statement's line). */
  node: ConfigNode;
  /** The referencing statement, e.g. system services rest https mutual-authentication certificate-authority. */
  path: string[];
  /** Who names it, for messages: "REST API mutual-authentication". */
  service: string;
  /** The CA verifies certificates that clients present to the device. */
  clientAuth: boolean;
}

function fromLeaf(leaf: Leaf | undefined, service: string, clientAuth: boolean): CaReference[] {
  const value = leaf?.node.children[0];
  if (leaf === undefined || value === undefined) return [];
  return [{ name: value.name, node: value, path: pathOf(leaf.node), service, clientAuth }];
}

function fromList(parent: ConfigNode | undefined, keyword: string, service: string): CaReference[] {
  return leafValues(parent, keyword).map((v) => ({ name: v.value, node: v.node, path: pathOf(v.node.parent ?? v.node), service, clientAuth: false }));
}

function mutualAuthCa(config: ConfigNode, at: string, service: string, clientAuth: boolean): CaReference[] {
  return fromLeaf(leafOf(find(config, words(`${at} mutual-authentication`)), "certificate-authority"), service, clientAuth);
}

function syslogReferences(config: ConfigNode): CaReference[] {
  const out: CaReference[] = [];
  for (const host of entriesOf(find(config, words("system syslog")), "host")) {
    const tls = find(host.node, ["tlsdetails"]);
    if (tls === undefined) continue;
    const service = `syslog host ${host.name} tlsdetails`;
    out.push(...fromLeaf(leafOf(find(tls, ["mutual-authentication"]), "certificate-authority"), service, false));
    for (const group of entriesOf(tls, "trusted-ca-group")) out.push(...fromList(group.node, "ca-profiles", `${service} trusted-ca-group ${group.name}`));
  }
  return out;
}

/** All CA references in configuration order of the services above. */
export function caReferences(config: ConfigNode): CaReference[] {
  const web = webManagement(config)?.https?.virtualDomains ?? [];
  return [
    ...mutualAuthCa(config, "system services rest https", "REST API mutual-authentication", true),
    ...mutualAuthCa(config, "system services rest https-5g", "REST API (https-5g) mutual-authentication", true),
    ...mutualAuthCa(config, "system services extension-service request-response grpc ssl", "gRPC mutual-authentication", true),
    ...web.flatMap((d) => fromLeaf(d.mtlsCaProfile, `J-Web virtual-domain ${d.name} mtls`, true)),
    ...syslogReferences(config),
    ...entriesOf(find(config, words("security pki")), "trusted-ca-group").flatMap((g) => fromList(g.node, "ca-profiles", `trusted-ca-group ${g.name}`)),
  ];
}
