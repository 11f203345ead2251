import { CollectError } from "../errors.js";
import { formatBytes } from "../duration.js";

/**
 * NETCONF message framing (RFC 6242): end-of-message `]]>]]>` (base:1.0, and every <hello>) or
 * chunked `\n#<size>\n<data>…\n##\n` (base:1.1). A streaming decoder: bytes may arrive split at any
 * boundary; each completed message goes to `onMessage` synchronously, which may switch the mode
 * before the next byte is decoded. Memory is bounded by `maxMessageBytes` (plus a 5-byte window).
 */
export type Framing = "eom" | "chunked";

const EOM = Buffer.from("]]>]]>");
/** RFC 6242 §4.2: chunk-size is 1..4294967295. */
const MAX_CHUNK_SIZE = 4294967295;
const MAX_SIZE_DIGITS = 10;

type ChunkState = "lf" | "hash" | "size-or-end" | "size" | "data" | "end-lf";

export class FrameDecoder {
  private parts: Buffer[] = [];
  private partsBytes = 0;
  private state: ChunkState = "lf";
  private chunkSize = 0;
  private sizeDigits = 0;
  private failed: CollectError | undefined;

  constructor(
    private mode: Framing,
    private maxMessageBytes: number,
    private readonly onMessage: (message: Buffer) => void,
  ) {}

  get framing(): Framing {
    return this.mode;
  }

  /** Bytes of the message being assembled (for "closed in the middle of a reply" messages). */
  get pendingBytes(): number {
    return this.partsBytes;
  }

  /** The <hello> gets a small limit; replies get the configured one. */
  setMaxMessageBytes(bytes: number): void {
    this.maxMessageBytes = bytes;
  }

  /** Switch framing; only between messages (RFC 6242 switches right after the <hello> exchange). */
  setFraming(mode: Framing): void {
    this.mode = mode;
    this.state = "lf";
  }

  /** Feed bytes; throws CollectError on a framing violation or an oversize message. */
  push(chunk: Buffer): void {
    if (this.failed !== undefined) throw this.failed;
    try {
      let offset = 0;
      // Each pass consumes at least one byte or finishes the chunk: bounded by chunk.length.
      while (offset < chunk.length) {
        offset = this.mode === "eom" ? this.pushEom(chunk, offset) : this.pushChunked(chunk, offset);
      }
    } catch (error) {
      if (error instanceof CollectError) this.failed = error;
      throw error;
    }
  }

  private pushEom(chunk: Buffer, offset: number): number {
    const carried = this.tail(EOM.length - 1);
    if (carried.length > 0) {
      const window = Buffer.concat([carried, chunk.subarray(offset, offset + EOM.length - 1)]);
      const at = window.indexOf(EOM);
      if (at >= 0 && at < carried.length) {
        this.emit(this.partsBytes - (carried.length - at));
        return offset + EOM.length - (carried.length - at);
      }
    }
    const at = chunk.indexOf(EOM, offset);
    if (at < 0) {
      this.append(chunk.subarray(offset), EOM.length);
      return chunk.length;
    }
    this.append(chunk.subarray(offset, at), 0);
    this.emit(this.partsBytes);
    return at + EOM.length;
  }

  private pushChunked(chunk: Buffer, offset: number): number {
    if (this.state === "data") {
      const take = Math.min(this.chunkSize, chunk.length - offset);
      this.append(chunk.subarray(offset, offset + take), 0);
      this.chunkSize -= take;
      if (this.chunkSize === 0) this.state = "lf";
      return offset + take;
    }
    const byte = chunk[offset] as number;
    this.headerByte(byte);
    return offset + 1;
  }

  private headerByte(byte: number): void {
    const isDigit = byte >= 0x30 && byte <= 0x39;
    switch (this.state) {
      case "lf":
        return this.expect(byte === 0x0a, "hash", byte);
      case "hash":
        return this.expect(byte === 0x23, "size-or-end", byte);
      case "size-or-end":
        if (byte === 0x23) return void (this.state = "end-lf");
        if (!isDigit || byte === 0x30) throw garbage("a chunk size (1-9) or '#'", byte);
        this.chunkSize = byte - 0x30;
        this.sizeDigits = 1;
        return void (this.state = "size");
      case "size":
        if (byte === 0x0a) return void (this.state = "data");
        if (!isDigit || ++this.sizeDigits > MAX_SIZE_DIGITS) throw garbage("a chunk size", byte);
        this.chunkSize = this.chunkSize * 10 + (byte - 0x30);
        if (this.chunkSize > MAX_CHUNK_SIZE) throw new CollectError("garbage on the wire: NETCONF chunk size exceeds 4294967295");
        return;
      case "end-lf":
        if (byte !== 0x0a) throw garbage("a newline after '##'", byte);
        this.state = "lf";
        return this.emit(this.partsBytes);
      case "data":
        return;
    }
  }

  private expect(ok: boolean, next: ChunkState, byte: number): void {
    if (!ok) throw garbage(this.state === "lf" ? "a newline starting a chunk header" : "'#' in a chunk header", byte);
    this.state = next;
  }

  /** Keep `bytes`; `slack` allows the not-yet-recognised part of a delimiter past the limit. */
  private append(bytes: Buffer, slack: number): void {
    if (bytes.length === 0) return;
    this.parts.push(bytes);
    this.partsBytes += bytes.length;
    if (this.partsBytes > this.maxMessageBytes + slack) {
      throw new CollectError(`reply exceeded ${formatBytes(this.maxMessageBytes)}`);
    }
  }

  /** The last `n` bytes kept so far (parts may be single bytes: walk back at most n parts). */
  private tail(n: number): Buffer {
    const out: Buffer[] = [];
    let need = n;
    for (let i = this.parts.length - 1; i >= 0 && need > 0; i--) {
      const part = this.parts[i] as Buffer;
      const piece = part.subarray(Math.max(0, part.length - need));
      out.unshift(piece);
      need -= piece.length;
    }
    return out.length === 1 ? (out[0] as Buffer) : Buffer.concat(out);
  }

  private emit(length: number): void {
    if (length > this.maxMessageBytes) throw new CollectError(`reply exceeded ${formatBytes(this.maxMessageBytes)}`);
    const whole = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts, this.partsBytes);
    this.parts = [];
    this.partsBytes = 0;
    this.onMessage(whole.subarray(0, length));
  }
}

function garbage(expected: string, byte: number): CollectError {
  const shown = byte >= 0x20 && byte < 0x7f ? `'${String.fromCharCode(byte)}'` : `byte 0x${byte.toString(16).padStart(2, "0")}`;
  return new CollectError(`garbage on the wire: expected ${expected} in NETCONF chunked framing, got ${shown}`);
}

/** Encodes one message for the wire in the given framing. */
export function encodeFrame(message: string, framing: Framing): Buffer {
  const body = Buffer.from(message, "utf8");
  if (framing === "eom") return Buffer.concat([body, EOM]);
  return Buffer.concat([Buffer.from(`\n#${body.length}\n`), body, Buffer.from("\n##\n")]);
}
