import type { X509Certificate } from "node:crypto";
import { isIP } from "node:net";
import tls from "node:tls";
import { formatDuration } from "./duration.js";
import { CollectError } from "./errors.js";
import { describeNetworkError } from "./net-errors.js";
import type { TlsMaterial } from "./inventory-types.js";

export interface TlsTarget {
  host: string;
  port: number;
  timeoutMs: number;
  tls: TlsMaterial;
  /** Send our client certificate (false for the "accepts without a client certificate" probe). */
  clientCertificate: boolean;
  insecureSkipVerify: boolean;
  /** ALPN protocols to offer (e.g. ["http/1.1"]). */
  alpn?: string[];
}

const NONE = Buffer.alloc(0);
/** ca → cert → key → context: devices sharing the inventory's files share one parsed context. */
const contexts = new WeakMap<Buffer, WeakMap<Buffer, WeakMap<Buffer, tls.SecureContext>>>();

export function secureContext(ca: Buffer | undefined, cert: Buffer | undefined, key: Buffer | undefined): tls.SecureContext {
  const byCert = contexts.get(ca ?? NONE) ?? new WeakMap<Buffer, WeakMap<Buffer, tls.SecureContext>>();
  contexts.set(ca ?? NONE, byCert);
  const byKey = byCert.get(cert ?? NONE) ?? new WeakMap<Buffer, tls.SecureContext>();
  byCert.set(cert ?? NONE, byKey);
  let context = byKey.get(key ?? NONE);
  if (context === undefined) {
    context = tls.createSecureContext({ ca, cert, key, minVersion: "TLSv1.2" });
    byKey.set(key ?? NONE, context);
  }
  return context;
}

/** Options for node:tls shared by the NETCONF connector and the REST agent. */
export function tlsOptions(target: TlsTarget): tls.ConnectionOptions {
  const { ca, cert, key } = target.tls;
  return {
    host: target.host,
    port: target.port,
    // SNI only for names: an IP address is verified against the certificate's IP SANs.
    servername: isIP(target.host) === 0 ? target.host : undefined,
    minVersion: "TLSv1.2",
    secureContext: target.clientCertificate ? secureContext(ca, cert, key) : secureContext(ca, undefined, undefined),
    rejectUnauthorized: !target.insecureSkipVerify,
    ALPNProtocols: target.alpn,
  };
}

/**
 * TCP connect + TLS handshake with one deadline; the server certificate is verified against the
 * inventory CA and the host name or IP (unless insecureSkipVerify). Fails with a CollectError.
 */
export function connectTls(target: TlsTarget): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect(tlsOptions(target));
    // Request/reply protocol with small messages: no Nagle delay on our side.
    socket.setNoDelay(true);
    let tcpUp = false;
    const timer = setTimeout(() => {
      const phase = tcpUp ? "the TLS handshake" : `a TCP connection to ${target.host}:${target.port}`;
      socket.destroy();
      reject(new CollectError(`timed out after ${formatDuration(target.timeoutMs)} waiting for ${phase}`));
    }, target.timeoutMs);
    const onError = (error: Error): void => {
      clearTimeout(timer);
      socket.destroy();
      reject(new CollectError(describeNetworkError(error)));
    };
    const onClose = (): void => {
      clearTimeout(timer);
      reject(new CollectError(tcpUp ? "connection closed by the device during the TLS handshake" : "connection closed"));
    };
    socket.once("connect", () => (tcpUp = true));
    socket.once("error", onError);
    socket.once("close", onClose);
    socket.once("secureConnect", () => {
      clearTimeout(timer);
      socket.off("error", onError);
      socket.off("close", onClose);
      resolve(socket);
    });
  });
}

/** Bounded: a chain longer than this is cut (and would not verify anyway). */
const MAX_CHAIN = 16;

/** The certificate chain the server presented, leaf first, as PEM blocks. */
export function peerChainPem(socket: tls.TLSSocket): string {
  const blocks: string[] = [];
  const seen: Buffer[] = [];
  // X509Certificate objects are lazy: far cheaper than getPeerCertificate(true)'s detailed objects.
  let cert: X509Certificate | undefined = socket.getPeerX509Certificate();
  for (let i = 0; i < MAX_CHAIN && cert !== undefined; i++) {
    const raw = cert.raw;
    if (seen.some((s) => s.equals(raw))) break;
    seen.push(raw);
    blocks.push(cert.toString());
    cert = cert.issuerCertificate;
  }
  return blocks.map((b) => (b.endsWith("\n") ? b : `${b}\n`)).join("");
}
