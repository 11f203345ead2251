/**
 * View of `system services web-management` (J-Web), CIS Juniper OS Benchmark §6.10.2.
 */
import { childNamed, find, pathOf, words, type ConfigNode } from "../model/config-tree.js";
import { entriesOf, leafOf, type Leaf } from "./util.js";

export const WEB_MANAGEMENT_PATH: readonly string[] = words("system services web-management");
export const WEB_MANAGEMENT_COMMAND = "system services web-management";

export interface VirtualDomain {
  name: string;
  node: ConfigNode;
  pkiLocalCertificate?: Leaf | undefined;
  /** `mtls ca-profile <p>`: the CA that verifies client certificates for this domain. */
  mtlsCaProfile?: Leaf | undefined;
}

export interface WebHttps {
  node: ConfigNode;
  path: string[];
  /** The certificate choice (YANG: exactly one of these). */
  pkiLocalCertificate?: Leaf | undefined;
  localCertificate?: Leaf | undefined;
  systemGeneratedCertificate?: ConfigNode | undefined;
  virtualDomains: VirtualDomain[];
}

export interface WebManagement {
  node: ConfigNode;
  path: string[];
  http?: ConfigNode | undefined;
  https?: WebHttps | undefined;
}

function virtualDomainOf(name: string, node: ConfigNode): VirtualDomain {
  return { name, node, pkiLocalCertificate: leafOf(node, "pki-local-certificate"), mtlsCaProfile: leafOf(childNamed(node, "mtls"), "ca-profile") };
}

function httpsOf(node: ConfigNode): WebHttps {
  return {
    node,
    path: pathOf(node),
    pkiLocalCertificate: leafOf(node, "pki-local-certificate"),
    localCertificate: leafOf(node, "local-certificate"),
    systemGeneratedCertificate: childNamed(node, "system-generated-certificate"),
    virtualDomains: entriesOf(node, "virtual-domain").map((d) => virtualDomainOf(d.name, d.node)),
  };
}

/** J-Web as configured, or undefined when `system services web-management` is absent. */
export function webManagement(config: ConfigNode): WebManagement | undefined {
  const node = find(config, WEB_MANAGEMENT_PATH);
  if (node === undefined) return undefined;
  const https = childNamed(node, "https");
  return { node, path: pathOf(node), http: childNamed(node, "http"), https: https === undefined ? undefined : httpsOf(https) };
}

export const WEB_MANAGEMENT_ABSENT = "J-Web is not configured (no system services web-management); nothing to check.";
