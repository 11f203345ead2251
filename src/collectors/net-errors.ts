import { CollectError } from "./errors.js";

/** Node/OpenSSL verification codes → what a network engineer calls them. */
const VERIFY_REASONS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "server certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "server certificate chain ends in a self-signed CA that is not the inventory CA",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "server certificate is not signed by the inventory CA",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "server certificate is not signed by the inventory CA",
  UNABLE_TO_GET_ISSUER_CERT: "server certificate is not signed by the inventory CA",
  CERT_HAS_EXPIRED: "server certificate has expired",
  CERT_NOT_YET_VALID: "server certificate is not yet valid",
  CERT_REVOKED: "server certificate is revoked",
  CERT_SIGNATURE_FAILURE: "server certificate signature is invalid",
  CERT_UNTRUSTED: "server certificate is not trusted",
  INVALID_CA: "server certificate chain contains a certificate that is not a valid CA",
  INVALID_PURPOSE: "server certificate is not valid for TLS server authentication",
  HOSTNAME_MISMATCH: "server certificate does not match the host name",
};

/** Socket error codes (errno) → short reasons. */
const SOCKET_REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  EHOSTUNREACH: "no route to host",
  ENETUNREACH: "network unreachable",
  ECONNRESET: "connection reset by the device",
  EPIPE: "connection closed by the device",
  ENOTFOUND: "host name not found (DNS)",
  EAI_AGAIN: "host name lookup failed temporarily (DNS)",
  ETIMEDOUT: "connection timed out",
  EADDRNOTAVAIL: "address not available",
  ERR_SSL_WRONG_VERSION_NUMBER: "the port does not speak TLS (wrong version number)",
  ERR_SSL_PACKET_LENGTH_TOO_LONG: "the port does not speak TLS (packet length too long)",
  ERR_SSL_UNSUPPORTED_PROTOCOL: "the device only offers a TLS version below 1.2",
  ERR_SSL_NO_PROTOCOLS_AVAILABLE: "no TLS version in common with the device (TLS 1.2 or later required)",
};

/** TLS alert names whose words need more than lower-casing. */
const ALERT_WORDS: Record<string, string> = { CA: "CA", TLSV1: "TLS", TLSV13: "TLS 1.3" };

/**
 * A reason for any error thrown by a connection: our own CollectError as is, certificate
 * verification failures, TLS alerts from the device, socket errors. Never a stack trace.
 */
export function describeNetworkError(error: unknown): string {
  if (error instanceof CollectError) return error.reason;
  if (typeof error !== "object" || error === null) return String(error);
  const err = error as NodeJS.ErrnoException & { reason?: string };
  const code = err.code ?? "";
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") {
    return `server certificate does not match the host name (${err.reason ?? err.message})`;
  }
  const verify = VERIFY_REASONS[code];
  if (verify !== undefined) return verify;
  const alert = /^ERR_SSL_(?:SSLV3|TLSV1|TLSV13)_ALERT_(.+)$/.exec(code);
  if (alert !== null) return `TLS alert: ${alertWords(alert[1] as string)}`;
  const socket = SOCKET_REASONS[code];
  if (socket !== undefined) return socket;
  if (code.startsWith("ERR_SSL_")) return `TLS error: ${alertWords(code.slice("ERR_SSL_".length))}`;
  return err.message.split("\n")[0] ?? "unknown error";
}

function alertWords(name: string): string {
  return name
    .split("_")
    .map((word) => ALERT_WORDS[word] ?? word.toLowerCase())
    .join(" ");
}
