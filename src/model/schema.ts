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
  // Firewall filter match conditions are lists (`from { source-address { a; b; } port [ ssh https ]; }`).
  "from.source-address", "from.port",
]);

/** Mutually exclusive statements below a parent keyword. */
const CHOICES: ReadonlyArray<{ parent: string; options: readonly string[] }> = [
  { parent: "revocation-check", options: ["use-crl", "use-ocsp", "disable"] },
  { parent: "https", options: ["local-certificate", "pki-local-certificate", "system-generated-certificate"] },
  { parent: "connection-failure", options: ["fallback-crl", "disable"] },
  { parent: "nonce-payload", options: ["enable", "disable"] },
];

/** A table of keywords, each valid anywhere or only below the parent keywords it is qualified with. */
type KeywordTable = ReadonlyMap<string, { anywhere: boolean; parents: Set<string> }>;

/** Indexes "keyword" and "parent.keyword" entries by keyword: lookups then build no string. */
function keywordTable(entries: ReadonlySet<string>): KeywordTable {
  const table = new Map<string, { anywhere: boolean; parents: Set<string> }>();
  for (const entry of entries) {
    const dot = entry.indexOf(".");
    const keyword = dot < 0 ? entry : entry.slice(dot + 1);
    let row = table.get(keyword);
    if (row === undefined) table.set(keyword, (row = { anywhere: false, parents: new Set() }));
    if (dot < 0) row.anywhere = true;
    else row.parents.add(entry.slice(0, dot));
  }
  return table;
}

const SINGLE_VALUE_TABLE = keywordTable(SINGLE_VALUE);
const LEAF_LIST_TABLE = keywordTable(LEAF_LISTS);

/** Is there a "parent.keyword" entry? */
function qualified(table: KeywordTable, keyword: string, parent: string | undefined): boolean {
  return parent !== undefined && table.get(keyword)?.parents.has(parent) === true;
}

/** Is there a "parent.keyword" or a plain "keyword" entry? */
function keyed(table: KeywordTable, keyword: string, parent: string | undefined): boolean {
  const row = table.get(keyword);
  return row !== undefined && (row.anywhere || (parent !== undefined && row.parents.has(parent)));
}

/** Is `keyword` (below a node called `parent`) a leaf that holds exactly one value? */
export function isSingleValueLeaf(keyword: string, parent?: string): boolean {
  if (qualified(LEAF_LIST_TABLE, keyword, parent)) return false;
  return keyed(SINGLE_VALUE_TABLE, keyword, parent);
}

/** Is `keyword` (below `parent`) a leaf-list whose values accumulate? */
export function isLeafList(keyword: string, parent?: string): boolean {
  if (qualified(SINGLE_VALUE_TABLE, keyword, parent)) return false;
  return keyed(LEAF_LIST_TABLE, keyword, parent);
}

const NO_SIBLINGS: readonly string[] = Object.freeze([]);

/** parent keyword → option → the options it excludes. */
const CHOICE_SIBLINGS: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map(
  CHOICES.map((c) => [c.parent, new Map(c.options.map((o) => [o, Object.freeze(c.options.filter((x) => x !== o))]))]),
);

/** The statements that `keyword` excludes below `parent` (empty when it is not part of a choice). */
export function choiceSiblings(keyword: string, parent: string | undefined): readonly string[] {
  if (parent === undefined) return NO_SIBLINGS;
  return CHOICE_SIBLINGS.get(parent)?.get(keyword) ?? NO_SIBLINGS;
}
