import type { Duplex } from "node:stream";
import { formatBytes, formatDuration } from "../duration.js";
import { CollectError } from "../errors.js";
import { describeNetworkError } from "../net-errors.js";
import { encodeFrame, FrameDecoder } from "./framing.js";
import {
  CAP_BASE_11,
  clientHello,
  hasCapability,
  messageHead,
  parseHello,
  rpc,
  rpcErrors,
  type ServerHello,
} from "./messages.js";

export interface SessionLimits {
  /** Idle time allowed while waiting for a message (reset whenever bytes arrive). */
  timeoutMs: number;
  maxReplyBytes: number;
}

interface Waiter {
  what: string;
  resolve: (message: string) => void;
  reject: (error: CollectError) => void;
}

/** A <hello> is small; anything bigger before the session starts is not a NETCONF server. */
const MAX_HELLO_BYTES = 4 * 1024 * 1024;
/** Messages the server may send that nobody asked for before we call it garbage. */
const MAX_UNSOLICITED = 4;

/**
 * One NETCONF session on an established (TLS) stream: <hello> exchange, one RPC at a time with
 * message-id matching, <close-session>. Every wait is bounded by the idle timeout; every failure is
 * a CollectError with a reason for people.
 */
export class NetconfSession {
  private readonly decoder: FrameDecoder;
  private readonly inbox: string[] = [];
  private waiter: Waiter | undefined;
  private failure: CollectError | undefined;
  private timer: NodeJS.Timeout | undefined;
  private helloDone = false;
  private firstByteSeen = false;
  private nextId = 1;
  server: ServerHello = { capabilities: [] };

  private constructor(
    private readonly socket: Duplex,
    private readonly limits: SessionLimits,
  ) {
    this.decoder = new FrameDecoder("eom", MAX_HELLO_BYTES, (m) => this.onMessage(m));
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("error", (error) => this.fail(new CollectError(describeNetworkError(error))));
    socket.on("close", () => this.fail(this.closedError()));
  }

  /** Waits for the server's <hello>, sends ours, and settles the framing. */
  static async open(socket: Duplex, limits: SessionLimits): Promise<NetconfSession> {
    const session = new NetconfSession(socket, limits);
    socket.write(encodeFrame(clientHello(), "eom"));
    const text = await session.next("<hello>");
    const head = messageHead(text);
    if (head?.root !== "hello") throw session.fail(garbageError("a NETCONF <hello>", text));
    session.server = parseHello(text);
    session.helloDone = true;
    const chunked = hasCapability(session.server.capabilities, CAP_BASE_11);
    session.decoder.setFraming(chunked ? "chunked" : "eom");
    session.decoder.setMaxMessageBytes(limits.maxReplyBytes);
    return session;
  }

  get framing(): "eom" | "chunked" {
    return this.decoder.framing;
  }

  /** Sends one RPC and returns the <rpc-reply> text as received; rpc-errors become CollectErrors. */
  async call(body: string, name: string): Promise<string> {
    const id = String(this.nextId++);
    this.write(rpc(Number(id), body));
    const text = await this.next(`the reply to <${name}>`);
    const head = messageHead(text);
    if (head?.root !== "rpc-reply") throw this.fail(garbageError(`an <rpc-reply> to <${name}>`, text));
    if (head.messageId !== undefined && head.messageId !== id) {
      throw this.fail(new CollectError(`reply message-id ${head.messageId} does not match request ${id} (<${name}>)`));
    }
    const errors = rpcErrors(text);
    if (errors.length > 0) throw new CollectError(`<${name}> failed: ${errors.join("; ")}`);
    return text;
  }

  /** <close-session/>, then the TLS close; errors here do not fail a collection that succeeded. */
  async close(): Promise<void> {
    try {
      if (this.failure === undefined) await this.call("<close-session/>", "close-session");
    } catch {
      // The device may drop the connection right after <ok/>; nothing to report.
    } finally {
      this.destroy();
    }
  }

  destroy(): void {
    this.clearTimer();
    this.socket.destroy();
  }

  private write(message: string): void {
    this.socket.write(encodeFrame(message, this.decoder.framing));
  }

  private onData(chunk: Buffer): void {
    if (this.failure !== undefined) return;
    if (!this.firstByteSeen) {
      const start = chunk.findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
      if (start >= 0) {
        this.firstByteSeen = true;
        if (chunk[start] !== 0x3c) return void this.fail(garbageError("a NETCONF <hello>", chunk.subarray(start).toString("latin1")));
      }
    }
    if (this.waiter !== undefined) this.armTimer();
    try {
      this.decoder.push(chunk);
    } catch (error) {
      this.fail(error instanceof CollectError ? error : new CollectError(describeNetworkError(error)));
    }
  }

  private onMessage(message: Buffer): void {
    const text = message.toString("utf8");
    const waiter = this.waiter;
    if (waiter !== undefined) {
      this.waiter = undefined;
      this.clearTimer();
      waiter.resolve(text);
      return;
    }
    if (this.inbox.length >= MAX_UNSOLICITED) return void this.fail(garbageError("no message (nothing was asked)", text));
    this.inbox.push(text);
  }

  private next(what: string): Promise<string> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const queued = this.inbox.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise<string>((resolve, reject) => {
      this.waiter = { what, resolve, reject };
      this.armTimer();
    });
  }

  private armTimer(): void {
    this.clearTimer();
    const what = this.waiter?.what ?? "data";
    this.timer = setTimeout(() => {
      this.fail(new CollectError(`timed out after ${formatDuration(this.limits.timeoutMs)} waiting for ${what}`));
    }, this.limits.timeoutMs);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private closedError(): CollectError {
    if (!this.helloDone && !this.firstByteSeen) {
      // tls-proxyd verifies our certificate and maps it to a user only after the handshake; a refusal
      // often arrives as a bare close rather than an alert.
      return new CollectError(
        "connection closed by the device right after the TLS handshake, before <hello>: it probably does not accept our client certificate (unknown CA) or maps it to no NETCONF user",
      );
    }
    if (!this.helloDone) return new CollectError("connection closed by the device in the middle of <hello>");
    const pending = this.decoder.pendingBytes;
    if (pending > 0) return new CollectError(`connection closed by the device in the middle of a reply (after ${formatBytes(pending)})`);
    return new CollectError("connection closed by the device");
  }

  /** Records the first failure, rejects the waiter, tears the connection down; returns the error. */
  private fail(error: CollectError): CollectError {
    if (this.failure !== undefined) return this.failure;
    this.failure = error;
    this.clearTimer();
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(error);
    this.socket.destroy();
    return error;
  }
}

function garbageError(expected: string, received: string): CollectError {
  const excerpt = received
    .slice(0, 40)
    .replace(/[^\x20-\x7e]/g, "?")
    .trim();
  return new CollectError(`garbage on the wire: expected ${expected}, got "${excerpt}${received.length > 40 ? "…" : ""}"`);
}
