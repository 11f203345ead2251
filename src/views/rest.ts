/**
 * View of `system services rest` (the Junos REST API), CIS Juniper OS Benchmark §6.10.5.
 */
import { childNamed, find, pathOf, words, type ConfigNode } from "../model/config-tree.js";
import { leafOf, leafValues, type Leaf } from "./util.js";

export const REST_PATH: readonly string[] = words("system services rest");
export const REST_COMMAND = "system services rest";

export interface RestMutualAuth {
  node: ConfigNode;
  certificateAuthority?: Leaf | undefined;
}

export interface RestHttps {
  node: ConfigNode;
  path: string[];
  port?: Leaf | undefined;
  serverCertificate?: Leaf | undefined;
  caChain?: Leaf | undefined;
  /** `cipher-list [ … ]` values in preference order; empty when absent. */
  cipherList: Leaf[];
  mutualAuth?: RestMutualAuth | undefined;
  /** `addresses [ … ]`: the addresses HTTPS listens on; empty = every address. */
  addresses: Leaf[];
}

export interface RestControl {
  node: ConfigNode;
  allowedSources: Leaf[];
  connectionLimit?: Leaf | undefined;
}

export interface RestService {
  node: ConfigNode;
  path: string[];
  http?: { node: ConfigNode; addresses: Leaf[] } | undefined;
  https?: RestHttps | undefined;
  control?: RestControl | undefined;
  enableExplorer?: ConfigNode | undefined;
}

function httpsOf(node: ConfigNode): RestHttps {
  const mutual = childNamed(node, "mutual-authentication");
  return {
    node,
    path: pathOf(node),
    port: leafOf(node, "port"),
    serverCertificate: leafOf(node, "server-certificate"),
    caChain: leafOf(node, "ca-chain"),
    cipherList: leafValues(node, "cipher-list"),
    mutualAuth: mutual === undefined ? undefined : { node: mutual, certificateAuthority: leafOf(mutual, "certificate-authority") },
    addresses: leafValues(node, "addresses"),
  };
}

/** The REST API as configured, or undefined when `system services rest` is absent. */
export function restService(config: ConfigNode): RestService | undefined {
  const node = find(config, REST_PATH);
  if (node === undefined) return undefined;
  const http = childNamed(node, "http");
  const https = childNamed(node, "https");
  const control = childNamed(node, "control");
  return {
    node,
    path: pathOf(node),
    http: http === undefined ? undefined : { node: http, addresses: leafValues(http, "addresses") },
    https: https === undefined ? undefined : httpsOf(https),
    control:
      control === undefined
        ? undefined
        : { node: control, allowedSources: leafValues(control, "allowed-sources"), connectionLimit: leafOf(control, "connection-limit") },
    enableExplorer: childNamed(node, "enable-explorer"),
  };
}

/** The not-applicable message every REST rule gives when REST is absent. */
export const REST_ABSENT = "The REST API is not configured (no system services rest); nothing to check.";

/** The words of a statement below `system services rest`. */
export function restPath(statement: string): string[] {
  return [...REST_PATH, ...words(statement)];
}
