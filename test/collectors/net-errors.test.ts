import { describe, expect, it } from "vitest";
import { CollectError } from "../../src/collectors/errors.js";
import { describeNetworkError } from "../../src/collectors/net-errors.js";

function errno(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe("describeNetworkError", () => {
  it.each([
    ["ECONNREFUSED", "connection refused"],
    ["EHOSTUNREACH", "no route to host"],
    ["ENETUNREACH", "network unreachable"],
    ["ENOTFOUND", "host name not found (DNS)"],
    ["DEPTH_ZERO_SELF_SIGNED_CERT", "server certificate is self-signed"],
    ["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "server certificate is not signed by the inventory CA"],
    ["ERR_SSL_TLSV1_ALERT_UNKNOWN_CA", "TLS alert: unknown CA"],
    ["ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", "TLS alert: handshake failure"],
    ["ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED", "TLS alert: certificate required"],
    ["ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION", "TLS alert: protocol version"],
    ["ERR_SSL_WRONG_VERSION_NUMBER", "the port does not speak TLS (wrong version number)"],
  ])("%s → %s", (code, reason) => {
    expect(describeNetworkError(errno(code))).toBe(reason);
  });

  it("keeps our own reasons and the certificate's own host-name explanation", () => {
    expect(describeNetworkError(new CollectError("reply exceeded 256 MB"))).toBe("reply exceeded 256 MB");
    const mismatch = Object.assign(errno("ERR_TLS_CERT_ALTNAME_INVALID"), { reason: "Host: r1. is not in the cert's altnames: DNS:r2" });
    expect(describeNetworkError(mismatch)).toBe("server certificate does not match the host name (Host: r1. is not in the cert's altnames: DNS:r2)");
  });

  it("falls back to the first line of an unknown error's message, never a stack", () => {
    expect(describeNetworkError(new Error("something odd\n    at foo (bar.js:1:1)"))).toBe("something odd");
  });
});
