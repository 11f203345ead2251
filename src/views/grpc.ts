import type { RuleContext } from "../engine/types.js";
/**
 * View of `system services extension-service request-response grpc` (gRPC, gNMI, gNOI).
 */
import { childNamed, find, pathOf, words, type ConfigNode } from "../model/config-tree.js";
import { leafOf, leafValues, type Leaf } from "./util.js";

export const GRPC_PATH: readonly string[] = words("system services extension-service request-response grpc");
export const GRPC_COMMAND = "system services extension-service request-response grpc";

/** `client-certificate-request` when `mutual-authentication` exists without it (YANG default). */
export const DEFAULT_CLIENT_CERTIFICATE_REQUEST = "require-certificate-and-verify";

export interface GrpcMutualAuth {
  node: ConfigNode;
  certificateAuthority?: Leaf | undefined;
  clientCertificateRequest?: Leaf | undefined;
}

export interface GrpcSsl {
  node: ConfigNode;
  path: string[];
  /** `local-certificate [ … ]`: PKI ids with `use-pki`, `security certificates local` names without. */
  localCertificates: Leaf[];
  mutualAuth?: GrpcMutualAuth | undefined;
  usePki?: ConfigNode | undefined;
  hotReloading?: ConfigNode | undefined;
}

export interface GrpcService {
  node: ConfigNode;
  path: string[];
  /** Undocumented `grpc clear-text { … }` (lab builds): unencrypted, unauthenticated gRPC. */
  clearText?: ConfigNode | undefined;
  /** Undocumented `grpc skip-authentication`. */
  skipAuthentication?: ConfigNode | undefined;
  ssl?: GrpcSsl | undefined;
}

function sslOf(node: ConfigNode): GrpcSsl {
  const mutual = childNamed(node, "mutual-authentication");
  return {
    node,
    path: pathOf(node),
    // node = the value's own node: in set files each value has the line of the `set` that added it
    localCertificates: leafValues(node, "local-certificate"),
    mutualAuth:
      mutual === undefined
        ? undefined
        : { node: mutual, certificateAuthority: leafOf(mutual, "certificate-authority"), clientCertificateRequest: leafOf(mutual, "client-certificate-request") },
    usePki: childNamed(node, "use-pki"),
    hotReloading: childNamed(node, "hot-reloading"),
  };
}

/** gRPC as configured, or undefined when `… request-response grpc` is absent. */
export function grpcService(config: ConfigNode): GrpcService | undefined {
  const node = find(config, GRPC_PATH);
  if (node === undefined) return undefined;
  const ssl = childNamed(node, "ssl");
  return {
    node,
    path: pathOf(node),
    clearText: childNamed(node, "clear-text"),
    skipAuthentication: childNamed(node, "skip-authentication"),
    ssl: ssl === undefined ? undefined : sslOf(ssl),
  };
}

/**
 * The gRPC ssl stanza a rule judges, or undefined after reporting `not-applicable` (no gRPC, or gRPC
 * without ssl: clear-text is judged by grpc-no-clear-text). Shared by the grpc-ssl-* rules.
 */
export function grpcSslOrNotApplicable(ctx: RuleContext): GrpcSsl | undefined {
  const grpc = grpcService(ctx.config);
  if (grpc === undefined) {
    ctx.report({ status: "not-applicable", message: "gRPC is not configured (no system services extension-service request-response grpc).", path: [...GRPC_PATH] });
    return undefined;
  }
  if (grpc.ssl === undefined) {
    ctx.report({ status: "not-applicable", message: "gRPC has no ssl, so there is no TLS to judge (see grpc-no-clear-text).", path: [...grpc.path, "ssl"], at: grpc.node });
  }
  return grpc.ssl;
}
