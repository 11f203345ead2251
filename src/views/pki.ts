/**
 * View of `security pki` (CA profiles, CA profile groups, trusted CA groups) and of the legacy
 * `security certificates local` store.
 */
import type { DeviceEvidence } from "../model/certificates.js";
import { childNamed, find, pathOf, words, type ConfigNode } from "../model/config-tree.js";
import { entriesOf, leafOf, leafValues, type Leaf, type Named } from "./util.js";

export const PKI_PATH: readonly string[] = words("security pki");

/** `revocation-check (use-crl | use-ocsp | disable)`: a choice of empty leaves. */
export type RevocationMode = "use-crl" | "use-ocsp" | "disable";
const MODES: readonly RevocationMode[] = ["disable", "use-ocsp", "use-crl"];

export interface CaProfile {
  name: string;
  node: ConfigNode;
  path: string[];
  caIdentity?: Leaf | undefined;
  revocationCheck?: ConfigNode | undefined;
  mode?: { value: RevocationMode; node: ConfigNode } | undefined;
  /** `crl url <u>` entries (node = the URL's node). */
  crlUrls: Leaf[];
  /** `crl disable on-download-failure`: certificates verify when the CRL cannot be fetched. */
  crlDisableOnDownloadFailure?: ConfigNode | undefined;
  /** `ocsp url <u>` entries. */
  ocspUrls: Leaf[];
  /** `ocsp connection-failure disable`: no check when the responder is unreachable. */
  ocspConnectionFailureDisable?: ConfigNode | undefined;
  /** `ocsp accept-unknown-status`: an "unknown" answer counts as good. */
  ocspAcceptUnknownStatus?: ConfigNode | undefined;
}

export interface TrustedCaGroup {
  name: string;
  node: ConfigNode;
  caProfiles: Leaf[];
}

export interface PkiView {
  caProfiles: CaProfile[];
  caProfileGroups: Named[];
  trustedCaGroups: TrustedCaGroup[];
  /** `security certificates local <name>`: certificates (with keys) kept in the configuration. */
  configLocalCertificates: Named[];
}

function modeOf(revocation: ConfigNode | undefined): CaProfile["mode"] {
  if (revocation === undefined) return undefined;
  for (const value of MODES) {
    const node = childNamed(revocation, value);
    if (node !== undefined) return { value, node };
  }
  return undefined;
}

function caProfileOf(name: string, node: ConfigNode): CaProfile {
  const revocationCheck = childNamed(node, "revocation-check");
  const crl = revocationCheck === undefined ? undefined : childNamed(revocationCheck, "crl");
  const ocsp = revocationCheck === undefined ? undefined : childNamed(revocationCheck, "ocsp");
  const crlDisable = crl === undefined ? undefined : childNamed(crl, "disable");
  const connectionFailure = ocsp === undefined ? undefined : childNamed(ocsp, "connection-failure");
  return {
    name,
    node,
    path: pathOf(node),
    caIdentity: leafOf(node, "ca-identity"),
    revocationCheck,
    mode: modeOf(revocationCheck),
    crlUrls: leafValues(crl, "url"),
    crlDisableOnDownloadFailure: crlDisable === undefined ? undefined : childNamed(crlDisable, "on-download-failure"),
    ocspUrls: leafValues(ocsp, "url"),
    ocspConnectionFailureDisable: connectionFailure === undefined ? undefined : childNamed(connectionFailure, "disable"),
    ocspAcceptUnknownStatus: ocsp === undefined ? undefined : childNamed(ocsp, "accept-unknown-status"),
  };
}

export function pkiView(config: ConfigNode): PkiView {
  const pki = find(config, PKI_PATH);
  return {
    caProfiles: entriesOf(pki, "ca-profile").map((p) => caProfileOf(p.name, p.node)),
    caProfileGroups: entriesOf(pki, "ca-profile-group"),
    trustedCaGroups: entriesOf(pki, "trusted-ca-group").map((g) => ({ ...g, caProfiles: leafValues(g.node, "ca-profiles") })),
    configLocalCertificates: entriesOf(find(config, words("security certificates")), "local"),
  };
}

/** Is `name` a configured `security pki ca-profile` or `ca-profile-group`? */
export function caExists(config: ConfigNode, name: string): boolean {
  const pki = find(config, PKI_PATH);
  if (pki === undefined) return false;
  return find(pki, ["ca-profile", name]) !== undefined || find(pki, ["ca-profile-group", name]) !== undefined;
}

/** The ca-profile-group gNOI loads its CA bundle into; it may exist on the device without configuration. */
export const GNOI_CA_BUNDLE = "gnoi-ca-bundle";

/**
 * Whether a CA named by a service is there: configured (ca-profile or ca-profile-group), loaded
 * (`gnoi-ca-bundle` shown by the CA evidence), unknown (`gnoi-ca-bundle` without such evidence:
 * gNOI loads it at run time), or missing.
 */
export type CaPresence = "configured" | "loaded" | "unknown" | "missing";

export function caPresence(config: ConfigNode, evidence: DeviceEvidence | undefined, name: string): CaPresence {
  if (caExists(config, name)) return "configured";
  if (name !== GNOI_CA_BUNDLE) return "missing";
  return evidence?.ca.has(GNOI_CA_BUNDLE) === true ? "loaded" : "unknown";
}
