/**
 * The little Junos schema knowledge the word tree needs, where the text alone cannot tell:
 *
 * - single-value leaves: `host-name r1` then `host-name r2` leaves only r2 (a `set` replaces the
 *   value; a local value beats one inherited from a group). Unknown keywords keep every value
 *   (the conservative choice: a rule then sees all candidates).
 * - leaf-lists: `cipher-list [ a b ]` — values accumulate (and are unioned with groups).
 * - choices: statements that exclude each other (`revocation-check use-crl | use-ocsp | disable`).
 *
 * Keyed by keyword, optionally narrowed by the parent keyword ("parent keyword" form).
 */

const SINGLE_VALUE = new Set<string>([
  "host-name", "domain-name", "server-certificate", "certificate-authority", "client-certificate-request",
  "map-type", "username", "fingerprint", "class", "uid", "port", "connection-limit", "rate-limit",
  "refresh-interval", "ca-identity", "pki-local-certificate", "netconf.local-certificate",
  "tls.local-certificate", "https.local-certificate", "xnm-ssl.local-certificate", "ca-chain",
  "routing-instance", "idle-timeout", "session-limit", "max-connections", "grpc-keep-alive",
  "root-login", "encrypted-password", "plain-text-password", "full-name", "description",
  "source-address", "secret", "mtu", "retry", "retry-interval", "email-address", "level",
  "root-authentication.encrypted-password", "time-zone", "location", "contact", "message", "announcement",
]);

const LEAF_LISTS = new Set<string>([
  "cipher-list", "allowed-sources", "addresses", "ssl.local-certificate", "interface", "ciphers", "macs",
  "key-exchange", "authentication-order", "apply-groups", "apply-groups-except", "ca-profiles",
  "members", "permissions", "protocol-version", "events", "trusted-ca-group", "name-server",
  "match.source-address", "match.destination-address", "match.application", "match.source-identity",
]);

/** Mutually exclusive statements below a parent keyword. */
const CHOICES: ReadonlyArray<{ parent: string; options: readonly string[] }> = [
  { parent: "revocation-check", options: ["use-crl", "use-ocsp", "disable"] },
  { parent: "https", options: ["local-certificate", "pki-local-certificate", "system-generated-certificate"] },
  { parent: "connection-failure", options: ["fallback-crl", "disable"] },
  { parent: "nonce-payload", options: ["enable", "disable"] },
];

function keyed(parent: string | undefined, keyword: string, table: Set<string>): boolean {
  if (parent !== undefined && table.has(`${parent}.${keyword}`)) return true;
  return table.has(keyword);
}

/** Is `keyword` (below a node called `parent`) a leaf that holds exactly one value? */
export function isSingleValueLeaf(keyword: string, parent?: string): boolean {
  if (parent !== undefined && keyed(parent, keyword, LEAF_LISTS) && LEAF_LISTS.has(`${parent}.${keyword}`)) return false;
  return keyed(parent, keyword, SINGLE_VALUE);
}

/** Is `keyword` (below `parent`) a leaf-list whose values accumulate? */
export function isLeafList(keyword: string, parent?: string): boolean {
  if (parent !== undefined && SINGLE_VALUE.has(`${parent}.${keyword}`)) return false;
  return keyed(parent, keyword, LEAF_LISTS);
}

/** The statements that `keyword` excludes below `parent` (empty when it is not part of a choice). */
export function choiceSiblings(keyword: string, parent: string | undefined): readonly string[] {
  if (parent === undefined) return [];
  for (const c of CHOICES) if (c.parent === parent && c.options.includes(keyword)) return c.options.filter((o) => o !== keyword);
  return [];
}
