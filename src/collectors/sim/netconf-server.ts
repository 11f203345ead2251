import type { AddressInfo } from "node:net";
import tls from "node:tls";
import { rpcErrorReply, rpcReply, sampleConfiguration, samplePkiReply } from "./replies.js";

/**
 * A NETCONF-over-TLS device simulator on 127.0.0.1 (tests, bench, demos): real TLS with required
 * client certificates, both framings, replies split into odd chunk sizes and separate TCP writes,
 * and the failure modes a collector must survive. It never listens on anything but loopback.
 */
export interface DeviceBehavior {
  /** "junos" advertises the Junos capability (get-configuration + PKI RPCs); "rfc6241" does not. */
  flavor?: "junos" | "rfc6241";
  /** Offer base:1.1 (chunked framing). Default true. */
  base11?: boolean;
  /** Reply bytes per TCP write, cycled (also the chunk sizes in chunked framing). Default: one write. */
  splits?: number[];
  /** Wait before every reply (ms). */
  replyDelayMs?: number;
  /** Never send <hello>. */
  silent?: boolean;
  /** Send this instead of a <hello> (e.g. an SSH banner). */
  garbage?: string;
  /** Send half the configuration reply, then close. */
  closeMidReply?: boolean;
  /** Pad the configuration reply to at least this many bytes. */
  configBytes?: number;
  /** Answer <get-configuration>/<get-config> with an rpc-error carrying this message. */
  rpcError?: string;
  /** Answer with this message-id instead of the request's. */
  wrongMessageId?: string;
  hostName?: string;
  localCertificateId?: string;
}

export interface NetconfSimOptions {
  cert: string;
  key: string;
  /** CA(s) for client certificates: when set, clients must present a certificate it signed. */
  clientCa?: string | undefined;
  behavior?: DeviceBehavior;
}

export interface NetconfSim {
  port: number;
  /** RPC element names received, in order (for assertions). */
  received: string[];
  close(): Promise<void>;
}

const EOM = "]]>]]>";
const CAP_JUNOS = "http://xml.juniper.net/netconf/junos/1.0";
/** A client message larger than this is dropped with the connection (simulator safety bound). */
const MAX_CLIENT_BYTES = 1024 * 1024;

export async function startNetconfSim(options: NetconfSimOptions): Promise<NetconfSim> {
  const behavior = options.behavior ?? {};
  const received: string[] = [];
  const sockets = new Set<tls.TLSSocket>();
  const server = tls.createServer(
    {
      cert: options.cert,
      key: options.key,
      ca: options.clientCa,
      requestCert: options.clientCa !== undefined,
      rejectUnauthorized: options.clientCa !== undefined,
      minVersion: "TLSv1.2",
    },
    (socket) => {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
      serve(socket, behavior, received);
    },
  );
  server.on("tlsClientError", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function serve(socket: tls.TLSSocket, b: DeviceBehavior, received: string[]): void {
  if (b.silent === true) return;
  if (b.garbage !== undefined) return void socket.end(b.garbage);
  const base11 = b.base11 ?? true;
  const caps = ["urn:ietf:params:netconf:base:1.0", ...(base11 ? ["urn:ietf:params:netconf:base:1.1"] : [])];
  if ((b.flavor ?? "junos") === "junos") caps.push(CAP_JUNOS);
  const hello =
    `<!-- user auditor, class super-user -->\n<hello xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"><capabilities>` +
    caps.map((c) => `<capability>${c}</capability>`).join("") +
    `</capabilities><session-id>${Math.floor(Math.random() * 60000) + 1}</session-id></hello>`;
  const splits = b.splits ?? [];
  void writeSplit(socket, Buffer.from(hello + EOM), splits);
  let chunked = false;
  let helloSeen = false;
  let input = "";
  let queue = Promise.resolve();
  socket.on("data", (data: Buffer) => {
    input += data.toString("utf8");
    if (input.length > MAX_CLIENT_BYTES) return void socket.destroy();
    for (let message = takeMessage(); message !== undefined; message = takeMessage()) {
      const text = message;
      if (!helloSeen) {
        helloSeen = true;
        chunked = base11 && text.includes("urn:ietf:params:netconf:base:1.1");
        continue;
      }
      queue = queue.then(() => answer(socket, b, text, chunked, received));
    }
  });
  function takeMessage(): string | undefined {
    if (!helloSeen || !chunked) {
      const at = input.indexOf(EOM);
      if (at < 0) return undefined;
      const message = input.slice(0, at);
      input = input.slice(at + EOM.length);
      return message;
    }
    const end = input.indexOf("\n##\n");
    if (end < 0) return undefined;
    const framed = input.slice(0, end);
    input = input.slice(end + 4);
    return framed.replace(/\n#[0-9]+\n/g, "");
  }
}

async function answer(socket: tls.TLSSocket, b: DeviceBehavior, request: string, chunked: boolean, received: string[]): Promise<void> {
  const id = /message-id="([^"]*)"/.exec(request)?.[1];
  const op = /<rpc[^>]*>\s*<([\w-]+)/.exec(request)?.[1] ?? "unknown";
  received.push(op);
  if (b.replyDelayMs !== undefined) await sleep(b.replyDelayMs);
  if (socket.destroyed) return;
  const replyId = b.wrongMessageId ?? id;
  const reply = replyFor(op, replyId, b);
  const bytes = frame(Buffer.from(reply, "utf8"), chunked, b.splits ?? []);
  const isConfig = op === "get-configuration" || op === "get-config";
  if (isConfig && b.closeMidReply === true) {
    await writeSplit(socket, bytes.subarray(0, Math.floor(bytes.length / 2)), b.splits ?? []);
    socket.end();
    return;
  }
  await writeSplit(socket, bytes, b.splits ?? []);
  if (op === "close-session") socket.end();
}

function replyFor(op: string, id: string | undefined, b: DeviceBehavior): string {
  const hostName = b.hostName ?? "sim";
  const config = sampleConfiguration(hostName, b.localCertificateId);
  switch (op) {
    case "get-configuration":
    case "get-config": {
      if (b.rpcError !== undefined) return rpcErrorReply(id, b.rpcError);
      const padding = b.configBytes === undefined ? "" : `<!-- ${"x".repeat(Math.max(0, b.configBytes - config.length))} -->`;
      return rpcReply(id, op === "get-config" ? `<data>${config}${padding}</data>` : `${config}${padding}`);
    }
    case "get-pki-local-certificate":
      return rpcReply(id, samplePkiReply(b.localCertificateId ?? "netconf-server-cert"));
    case "get-pki-ca-certificate":
      return rpcReply(id, samplePkiReply("clientRootCA"));
    case "close-session":
      return rpcReply(id, "<ok/>");
    default:
      return rpcErrorReply(id, `syntax error, expecting <rpc> content: ${op}`);
  }
}

/** Frames a reply; in chunked framing the chunk sizes follow `splits` (cycled) too. */
function frame(body: Buffer, chunked: boolean, splits: number[]): Buffer {
  if (!chunked) return Buffer.concat([body, Buffer.from(EOM)]);
  const parts: Buffer[] = [];
  let offset = 0;
  for (let i = 0; offset < body.length; i++) {
    const size = Math.min(splits.length === 0 ? body.length : (splits[i % splits.length] as number), body.length - offset);
    parts.push(Buffer.from(`\n#${size}\n`), body.subarray(offset, offset + size));
    offset += size;
  }
  parts.push(Buffer.from("\n##\n"));
  return Buffer.concat(parts);
}

/** Writes `bytes` in separate TCP writes of the `splits` sizes (cycled), yielding between them. */
async function writeSplit(socket: tls.TLSSocket, bytes: Buffer, splits: number[]): Promise<void> {
  if (splits.length === 0) return void socket.write(bytes);
  let offset = 0;
  for (let i = 0; offset < bytes.length && !socket.destroyed; i++) {
    const size = Math.max(1, splits[i % splits.length] as number);
    socket.write(bytes.subarray(offset, offset + size));
    offset += size;
    if (i % 8 === 7) await sleep(0);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
