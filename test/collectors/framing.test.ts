import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CollectError } from "../../src/collectors/errors.js";
import { encodeFrame, FrameDecoder, type Framing } from "../../src/collectors/netconf/framing.js";

function decodeAll(framing: Framing, pieces: Buffer[], max = 1 << 20): string[] {
  const out: string[] = [];
  const decoder = new FrameDecoder(framing, max, (m) => out.push(m.toString("utf8")));
  for (const piece of pieces) decoder.push(piece);
  return out;
}

function splitAt(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let last = 0;
  for (const p of points) {
    out.push(bytes.subarray(last, p));
    last = p;
  }
  out.push(bytes.subarray(last));
  return out;
}

function bytewise(bytes: Buffer): Buffer[] {
  return [...bytes].map((b) => Buffer.from([b]));
}

/** Chunked framing with explicit chunk sizes (the encoder under test uses one chunk). */
function chunked(message: string, sizes: number[]): Buffer {
  const body = Buffer.from(message);
  const parts: Buffer[] = [];
  let offset = 0;
  for (let i = 0; offset < body.length; i++) {
    const size = Math.min(Math.max(1, sizes[i % sizes.length] ?? 1), body.length - offset);
    parts.push(Buffer.from(`\n#${size}\n`), body.subarray(offset, offset + size));
    offset += size;
  }
  parts.push(Buffer.from("\n##\n"));
  return Buffer.concat(parts);
}

describe("end-of-message framing (]]>]]>)", () => {
  it("splits messages on the delimiter, fed byte by byte", () => {
    const wire = Buffer.concat([encodeFrame("<hello/>", "eom"), encodeFrame("<rpc-reply>]]></rpc-reply>", "eom")]);
    expect(decodeAll("eom", bytewise(wire))).toEqual(["<hello/>", "<rpc-reply>]]></rpc-reply>"]);
  });

  it("finds a delimiter split across many pushes after a long message", () => {
    const body = "x".repeat(10_000);
    const wire = encodeFrame(body, "eom");
    const pieces = [wire.subarray(0, 10_002), wire.subarray(10_002, 10_003), wire.subarray(10_003)];
    expect(decodeAll("eom", pieces)).toEqual([body]);
  });

  it("refuses a message larger than the limit", () => {
    const decoder = new FrameDecoder("eom", 100, () => undefined);
    expect(() => decoder.push(Buffer.alloc(200, 0x61))).toThrow(new CollectError("reply exceeded 100 bytes"));
  });
});

describe("chunked framing (RFC 6242 base:1.1)", () => {
  it("reassembles chunks split at every byte", () => {
    const wire = Buffer.concat([chunked("<rpc-reply>abc</rpc-reply>", [3, 1, 7]), chunked("<rpc-reply/>", [100])]);
    expect(decodeAll("chunked", bytewise(wire))).toEqual(["<rpc-reply>abc</rpc-reply>", "<rpc-reply/>"]);
  });

  it("counts multi-byte UTF-8 by bytes, even when a character is split", () => {
    const text = "<description>Zürich – 東京</description>";
    expect(decodeAll("chunked", bytewise(chunked(text, [1, 2, 5])))).toEqual([text]);
  });

  it.each([
    ["\n#0\n", "a chunk size (1-9) or '#'"],
    ["\n#12a\n", "a chunk size"],
    ["x#5\n", "a newline starting a chunk header"],
    ["\n!5\n", "'#' in a chunk header"],
  ])("rejects the bad header %j as garbage on the wire", (header, expected) => {
    const decoder = new FrameDecoder("chunked", 1 << 20, () => undefined);
    expect(() => decoder.push(Buffer.from(header))).toThrow(new RegExp(`^garbage on the wire: expected ${expected.replace(/[()|[\]]/g, "\\$&")}`));
  });

  it("refuses a chunk size above 4294967295", () => {
    const decoder = new FrameDecoder("chunked", 1 << 20, () => undefined);
    expect(() => decoder.push(Buffer.from("\n#4294967296\n"))).toThrow("garbage on the wire: NETCONF chunk size exceeds 4294967295");
  });

  it("refuses chunks that add up beyond the limit", () => {
    const decoder = new FrameDecoder("chunked", 10, () => undefined);
    expect(() => decoder.push(chunked("0123456789ABCDEF", [4]))).toThrow("reply exceeded 10 bytes");
  });

  it("switches from end-of-message to chunked framing between messages in one push", () => {
    const out: string[] = [];
    const decoder = new FrameDecoder("eom", 1 << 20, (m) => {
      out.push(m.toString());
      decoder.setFraming("chunked");
    });
    decoder.push(Buffer.concat([encodeFrame("<hello/>", "eom"), chunked("<rpc-reply/>", [2])]));
    expect(out).toEqual(["<hello/>", "<rpc-reply/>"]);
  });
});

describe("framing properties (fast-check)", () => {
  const messages = fc.array(fc.string({ unit: "binary", minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 6 });
  const cuts = fc.array(fc.nat(), { maxLength: 40 });

  it("chunked: any messages, any chunk sizes, any TCP split → the same messages", () => {
    fc.assert(
      fc.property(messages, fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }), cuts, (msgs, sizes, splitPoints) => {
        const wire = Buffer.concat(msgs.map((m) => chunked(m, sizes)));
        expect(decodeAll("chunked", splitAt(wire, splitPoints))).toEqual(msgs);
      }),
    );
  });

  it("end-of-message: delimiter-like content, any TCP split → the same messages", () => {
    // Bodies made of delimiter characters; a body containing "]]>" could end ambiguously (RFC 6242 §4.3).
    const tricky = fc.array(fc.string({ unit: fc.constantFrom("]", ">", "]]", "a", "\n", "é"), minLength: 1, maxLength: 200 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(tricky, cuts, (msgs, splitPoints) => {
        fc.pre(msgs.every((m) => !m.includes("]]>")));
        const wire = Buffer.concat(msgs.map((m) => encodeFrame(m, "eom")));
        expect(decodeAll("eom", splitAt(wire, splitPoints))).toEqual(msgs);
      }),
    );
  });
});
