import https from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { rpcErrorReply, sampleConfiguration, samplePkiReply } from "./replies.js";

/**
 * A Junos REST API simulator on 127.0.0.1: HTTPS, POST /rpc/<name>, HTTP basic auth, XML replies.
 * `requireClientCertificate: false` models a device whose REST HTTPS does not enforce mutual TLS.
 */
export interface HttpsSimOptions {
  cert: string;
  key: string;
  clientCa?: string | undefined;
  /** Default true (with clientCa): TLS fails without a client certificate signed by clientCa. */
  requireClientCertificate?: boolean;
  username?: string;
  password?: string;
  hostName?: string;
  localCertificateId?: string;
  /** Pad the configuration to at least this many bytes. */
  configBytes?: number;
  replyDelayMs?: number;
}

export interface HttpsSim {
  port: number;
  /** "POST /rpc/get-configuration" lines, in order. */
  received: string[];
  close(): Promise<void>;
}

export async function startHttpsSim(options: HttpsSimOptions): Promise<HttpsSim> {
  const received: string[] = [];
  const requireCert = options.requireClientCertificate ?? true;
  const server = https.createServer(
    {
      cert: options.cert,
      key: options.key,
      ca: options.clientCa,
      requestCert: options.clientCa !== undefined,
      rejectUnauthorized: options.clientCa !== undefined && requireCert,
      minVersion: "TLSv1.2",
    },
    (req, res) => {
      received.push(`${req.method ?? "?"} ${req.url ?? "?"}`);
      req.resume();
      const respond = (): void => {
        const expected = `Basic ${Buffer.from(`${options.username ?? "auditor"}:${options.password ?? "secret"}`).toString("base64")}`;
        if (req.headers.authorization !== expected) {
          res.writeHead(401, { "www-authenticate": 'Basic realm="junos"' }).end("authentication failed");
          return;
        }
        if (requireCert && !(req.socket as TLSSocket).authorized) {
          res.writeHead(403).end("client certificate required");
          return;
        }
        const rpc = /^\/rpc\/([\w-]+)/.exec(req.url ?? "")?.[1];
        const body = rpc === undefined ? undefined : restReply(rpc, options);
        if (req.method !== "POST" || body === undefined) {
          res.writeHead(404, { "content-type": "application/xml" }).end(rpcErrorReply(undefined, "no such rpc"));
          return;
        }
        res.writeHead(200, { "content-type": "application/xml; charset=utf-8" }).end(body);
      };
      req.on("end", () => (options.replyDelayMs === undefined ? respond() : setTimeout(respond, options.replyDelayMs)));
    },
  );
  server.on("tlsClientError", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function restReply(rpc: string, options: HttpsSimOptions): string | undefined {
  if (rpc === "get-configuration") {
    const config = sampleConfiguration(options.hostName ?? "sim", options.localCertificateId);
    const pad = options.configBytes === undefined ? "" : `<!-- ${"x".repeat(Math.max(0, options.configBytes - config.length))} -->`;
    return `${config.replace("<configuration ", '<configuration xmlns:junos="http://xml.juniper.net/junos/23.4R1/junos" ')}${pad}`;
  }
  if (rpc === "get-pki-local-certificate") return samplePkiReply(options.localCertificateId ?? "netconf-server-cert");
  if (rpc === "get-pki-ca-certificate") return samplePkiReply("clientRootCA");
  return undefined;
}
