/**
 * View of the legacy Junos XML protocol services: `system services xnm-clear-text` (TCP 3221,
 * unencrypted) and `system services xnm-ssl`.
 */
import { childNamed, find, words, type ConfigNode } from "../model/config-tree.js";
import { leafOf, type Leaf } from "./util.js";

export const SERVICES_PATH: readonly string[] = words("system services");

export interface XnmServices {
  /** `system services`, when present. */
  services?: ConfigNode | undefined;
  clearText?: ConfigNode | undefined;
  ssl?: { node: ConfigNode; localCertificate?: Leaf | undefined } | undefined;
}

export function xnmServices(config: ConfigNode): XnmServices {
  const services = find(config, SERVICES_PATH);
  const ssl = services === undefined ? undefined : childNamed(services, "xnm-ssl");
  return {
    services,
    clearText: services === undefined ? undefined : childNamed(services, "xnm-clear-text"),
    ssl: ssl === undefined ? undefined : { node: ssl, localCertificate: leafOf(ssl, "local-certificate") },
  };
}
