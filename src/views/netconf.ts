/**
 * View of `system services netconf tls` (NETCONF over TLS, RFC 7589) over the effective tree,
 * plus the few `system login` facts the NETCONF username rules need.
 */
import type { RuleContext } from "../engine/types.js";
import { childNamed, find, pathOf, words, type ConfigNode } from "../model/config-tree.js";
import { adminClasses, ldapConfigured, loginUsers, templateUsers, type LoginUser } from "./login.js";
import { leafOf, type Leaf } from "./util.js";
import { X509C2N_HASH_IDS, type HashName } from "../model/certificates.js";

export const NETCONF_TLS_PATH: readonly string[] = words("system services netconf tls");

export interface TlsIdentity {
  /** The client-identity name, or "default-client-identity". */
  name: string;
  isDefault: boolean;
  node: ConfigNode;
  path: string[];
  fingerprint?: Leaf | undefined;
  mapType?: Leaf | undefined;
  username?: Leaf | undefined;
}

export interface NetconfTls {
  node: ConfigNode;
  path: string[];
  localCertificate?: Leaf | undefined;
  clientIdentities: TlsIdentity[];
  defaultIdentity?: TlsIdentity | undefined;
}

export const DEFAULT_IDENTITY = "default-client-identity";

function identityOf(node: ConfigNode, name: string, isDefault: boolean): TlsIdentity {
  return {
    name,
    isDefault,
    node,
    path: pathOf(node),
    fingerprint: leafOf(node, "fingerprint"),
    mapType: leafOf(node, "map-type"),
    username: leafOf(node, "username"),
  };
}

/** NETCONF over TLS as configured, or undefined when `system services netconf tls` is absent. */
export function netconfTls(config: ConfigNode): NetconfTls | undefined {
  const node = find(config, NETCONF_TLS_PATH);
  if (node === undefined) return undefined;
  const clientIdentities = (childNamed(node, "client-identity")?.children ?? []).map((c) => identityOf(c, c.name, false));
  const defaultNode = childNamed(node, DEFAULT_IDENTITY);
  return {
    node,
    path: pathOf(node),
    localCertificate: leafOf(node, "local-certificate"),
    clientIdentities,
    defaultIdentity: defaultNode === undefined ? undefined : identityOf(defaultNode, DEFAULT_IDENTITY, true),
  };
}

/** Every identity, client-identities first, then default-client-identity when configured. */
/**
 * The NETCONF-over-TLS stanza a rule judges, or undefined after reporting `not-applicable` (every
 * netconf-tls-* rule is not applicable without `system services netconf tls`).
 */
export function netconfTlsOrNotApplicable(ctx: RuleContext): NetconfTls | undefined {
  const tls = netconfTls(ctx.config);
  if (tls === undefined) {
    ctx.report({ status: "not-applicable", message: "NETCONF over TLS is not configured (no system services netconf tls).", path: [...NETCONF_TLS_PATH] });
  }
  return tls;
}

export function allIdentities(tls: NetconfTls): TlsIdentity[] {
  return tls.defaultIdentity === undefined ? tls.clientIdentities : [...tls.clientIdentities, tls.defaultIdentity];
}

/** The identity's map type when it is `specified` with a username (the only statically named user). */
export function specifiedUsername(identity: TlsIdentity): Leaf | undefined {
  if (identity.mapType?.value !== "specified") return undefined;
  return identity.username !== undefined && identity.username.value !== "" ? identity.username : undefined;
}

/** The remediation prefix for a client-identity or the default identity. */
export function identityCommandPath(identity: TlsIdentity): string {
  return identity.isDefault
    ? "system services netconf tls default-client-identity"
    : `system services netconf tls client-identity ${identity.name}`;
}

// ---- login accounts (src/views/login.ts), gathered for username resolution -----------------------

export interface LoginFacts {
  users: Map<string, LoginUser>;
  /** `system ldap-server` is configured (LDAPS user authentication, Junos 20.2R1+). */
  ldap: boolean;
  /** Template accounts: users with a class and no authentication block, and `remote`. */
  templates: LoginUser[];
  /** Classes that hold every permission: super-user and any `system login class` with `permissions all`. */
  adminClasses: Set<string>;
}

export function loginFacts(config: ConfigNode): LoginFacts {
  const users = loginUsers(config);
  return { users: new Map(users.map((u) => [u.name, u])), ldap: ldapConfigured(config), templates: templateUsers(users), adminClasses: adminClasses(config) };
}

/** How a NETCONF username becomes a Junos account. */
export type UsernameResolution =
  | { kind: "local"; account: LoginUser; className: string }
  | { kind: "template"; template: LoginUser; className: string }
  | { kind: "classless"; account: LoginUser }
  | { kind: "unresolved"; reason: string };

/**
 * A local account with a class wins; otherwise, with LDAP configured, LDAP authenticates the user
 * and maps it to a template (`remote` when the server names none).
 */
export function resolveUsername(login: LoginFacts, username: string): UsernameResolution {
  const account = login.users.get(username);
  if (account !== undefined && account.className !== undefined && account.className.value !== "") {
    return { kind: "local", account, className: account.className.value };
  }
  if (login.ldap) {
    const remote = login.templates.find((t) => t.name === "remote") ?? login.templates[0];
    if (remote?.className !== undefined) return { kind: "template", template: remote, className: remote.className.value };
  }
  if (account !== undefined) return { kind: "classless", account };
  const reason = login.ldap
    ? `no active "system login user ${username}" and no template account (e.g. "remote") for LDAP-authenticated users`
    : `no active "system login user ${username}" with a class, and no LDAP server (system ldap-server) to authenticate it`;
  return { kind: "unresolved", reason };
}

// ---- x509c2n:tls-fingerprint (RFC 7407) -----------------------------------------------------------

/** Octets of the digest after the hash-id octet. */
export const DIGEST_OCTETS: Readonly<Record<HashName, number>> = { md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64 };

export type FingerprintReading =
  | { valid: true; hashId: string; hash: HashName }
  | { valid: false; problem: string; hashId?: string | undefined; hash?: HashName | undefined };

const HEX_OCTETS = /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2})*$/;

/** Reads a fingerprint: colon-separated hex octets, a hash id 01–06, then exactly that digest's length. */
export function readFingerprint(value: string): FingerprintReading {
  if (!HEX_OCTETS.test(value)) return { valid: false, problem: "is not colon-separated hexadecimal octets (e.g. 04:3a:…)" };
  const octets = value.split(":");
  const hashId = octets[0]!;
  const hash = X509C2N_HASH_IDS[hashId];
  if (hash === undefined) return { valid: false, problem: `starts with hash id ${hashId}, expected 01 (md5) to 06 (sha512)`, hashId };
  const got = octets.length - 1;
  const want = DIGEST_OCTETS[hash];
  if (got !== want) return { valid: false, problem: `has ${got} digest octet${got === 1 ? "" : "s"} after hash id ${hashId} (${hash}), expected ${want}`, hashId, hash };
  return { valid: true, hashId, hash };
}
