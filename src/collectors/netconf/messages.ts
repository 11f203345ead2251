/**
 * The few NETCONF messages the collector sends, and the few facts it reads from replies. Replies are
 * not parsed as a whole here (they are saved as received and parsed by the audit); we only read the
 * root element, its message-id, capabilities, and <rpc-error> contents, with bounded regexes.
 */
export const NS_BASE = "urn:ietf:params:xml:ns:netconf:base:1.0";
export const CAP_BASE_10 = "urn:ietf:params:netconf:base:1.0";
export const CAP_BASE_11 = "urn:ietf:params:netconf:base:1.1";
export const CAP_JUNOS = "http://xml.juniper.net/netconf/junos/1.0";

export function clientHello(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<hello xmlns="${NS_BASE}"><capabilities>` +
    `<capability>${CAP_BASE_10}</capability><capability>${CAP_BASE_11}</capability>` +
    `</capabilities></hello>`
  );
}

export function rpc(messageId: number, body: string): string {
  return `<rpc xmlns="${NS_BASE}" message-id="${messageId}">${body}</rpc>`;
}

export const RPC = {
  getConfig: "<get-config><source><running/></source></get-config>",
  getConfiguration: "<get-configuration/>",
  localCertificates: "<get-pki-local-certificate><detail/></get-pki-local-certificate>",
  caCertificates: "<get-pki-ca-certificate><detail/></get-pki-ca-certificate>",
  closeSession: "<close-session/>",
} as const;

/** Only the head of a message is searched for its root element. */
const HEAD_CHARS = 64 * 1024;
const ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s[^>]*)?)\/?>/;

export interface MessageHead {
  /** Local name of the root element (`hello`, `rpc-reply`). */
  root: string;
  messageId?: string | undefined;
}

/** The root element of a message, or undefined when it does not start like XML at all. */
export function messageHead(text: string): MessageHead | undefined {
  const match = ROOT.exec(text.slice(0, HEAD_CHARS));
  if (match === null) return undefined;
  const attrs = match[2] ?? "";
  const id = /(?:^|\s)message-id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs);
  return { root: match[1] as string, messageId: id === null ? undefined : (id[1] ?? id[2]) };
}

const MAX_CAPABILITIES = 10_000;

export interface ServerHello {
  capabilities: string[];
  sessionId?: string | undefined;
}

export function parseHello(text: string): ServerHello {
  const capabilities: string[] = [];
  const pattern = /<(?:[\w.-]+:)?capability\s*>([^<]*)<\/(?:[\w.-]+:)?capability\s*>/g;
  for (let m = pattern.exec(text); m !== null && capabilities.length < MAX_CAPABILITIES; m = pattern.exec(text)) {
    capabilities.push(decodeEntities((m[1] ?? "").trim()));
  }
  const session = /<(?:[\w.-]+:)?session-id\s*>\s*([^<\s]*)\s*</.exec(text);
  return { capabilities, sessionId: session?.[1] };
}

/** Capabilities may carry parameters (`…base:1.1?x=y`): compare without them. */
export function hasCapability(capabilities: readonly string[], wanted: string): boolean {
  return capabilities.some((c) => c === wanted || c.startsWith(`${wanted}?`));
}

const MAX_ERRORS = 20;

/**
 * Error messages of the `<rpc-error>` elements whose severity is `error` (warnings are not
 * failures). An rpc-error without a message is described by its tag.
 */
export function rpcErrors(text: string): string[] {
  const out: string[] = [];
  if (!text.includes("rpc-error")) return out;
  const pattern = /<(?:[\w.-]+:)?rpc-error[\s>]([\s\S]*?)<\/(?:[\w.-]+:)?rpc-error\s*>/g;
  for (let m = pattern.exec(text); m !== null && out.length < MAX_ERRORS; m = pattern.exec(text)) {
    const body = m[1] ?? "";
    const severity = leaf(body, "error-severity");
    if (severity !== undefined && severity !== "error") continue;
    out.push(leaf(body, "error-message") ?? `rpc-error ${leaf(body, "error-tag") ?? "without a message"}`);
  }
  return out;
}

function leaf(body: string, name: string): string | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>`).exec(body);
  return m === null ? undefined : decodeEntities((m[1] ?? "").trim()).replace(/\s+/g, " ");
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
