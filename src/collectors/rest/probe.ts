import { formatDuration } from "../duration.js";
import { CollectError } from "../errors.js";
import type { DeviceTarget } from "../inventory-types.js";
import { describeNetworkError } from "../net-errors.js";
import { connectTls } from "../tls-connect.js";

/** `DIR/certs/<device>/probes.json` → `rest`. */
export interface RestProbeResult {
  port: number;
  /** Present only when the endpoint answered TLS at all (absent with `error`). */
  acceptsWithoutClientCertificate?: boolean;
  checkedAt: string;
  /** Why the probe could not tell (e.g. "connection refused": REST HTTPS not enabled). */
  error?: string;
}

/** TLS alerts a server sends when it wants a client certificate and got none. */
const CLIENT_CERT_REFUSALS = /^TLS alert: (certificate required|handshake failure|bad certificate|unknown CA|access denied)/;

/**
 * Does the REST HTTPS endpoint accept a TLS connection WITHOUT a client certificate? Connects with
 * no certificate (server identity still verified), sends one harmless `GET /`, and counts any HTTP
 * answer as "accepted". With TLS 1.3 the refusal arrives as an alert after the handshake, hence the
 * request. No credentials are sent.
 */
export async function probeRestWithoutClientCertificate(
  device: DeviceTarget,
  options: { insecureSkipVerify: boolean; timeoutMs?: number | undefined },
): Promise<RestProbeResult> {
  const port = device.rest.port;
  const checkedAt = new Date().toISOString();
  const timeoutMs = options.timeoutMs ?? device.timeoutMs;
  const target = { host: device.host, port, timeoutMs, tls: device.tls, clientCertificate: false, insecureSkipVerify: options.insecureSkipVerify, alpn: ["http/1.1"] };
  let socket;
  try {
    socket = await connectTls(target);
  } catch (error) {
    const reason = describeNetworkError(error);
    if (CLIENT_CERT_REFUSALS.test(reason)) return { port, acceptsWithoutClientCertificate: false, checkedAt };
    return { port, checkedAt, error: reason };
  }
  const host = device.host.includes(":") ? `[${device.host}]` : device.host;
  const answered = await new Promise<boolean | CollectError>((resolve) => {
    const timer = setTimeout(() => resolve(new CollectError(`timed out after ${formatDuration(timeoutMs)} waiting for an HTTP answer`)), timeoutMs);
    const done = (value: boolean | CollectError): void => {
      clearTimeout(timer);
      resolve(value);
    };
    socket.once("data", () => done(true));
    socket.once("error", (error) => {
      const reason = describeNetworkError(error);
      done(CLIENT_CERT_REFUSALS.test(reason) || /reset|closed/.test(reason) ? false : new CollectError(reason));
    });
    socket.once("close", () => done(false));
    socket.write(`GET / HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: close\r\n\r\n`);
  });
  socket.destroy();
  if (answered instanceof CollectError) return { port, checkedAt, error: answered.reason };
  return { port, acceptsWithoutClientCertificate: answered, checkedAt };
}
