import { Buffer, isAscii, isUtf8 } from "node:buffer";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";

export interface DecodedText {
  /** undefined when the bytes are not text at all (binary): the file is skipped with a note. */
  text: string | undefined;
  diagnostics: Diagnostic[];
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

const lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

/**
 * Bytes → text for the parsers. A NUL byte means a binary file (skipped with a note naming the line);
 * invalid UTF-8 is an error naming the line, and the text is still decoded (with U+FFFD) so the rest of
 * the file can be read.
 */
export function decodeText(bytes: Uint8Array, uri: string): DecodedText {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      text: undefined,
      diagnostics: [diagnostic("info", "input/binary", `binary file (NUL byte at line ${lineAt(bytes, nul)}): expected a Junos configuration as text; skipped`, uri, lineAt(bytes, nul))],
    };
  }
  // Validate, then decode: several times faster than a fatal TextDecoder on large files. ASCII (nearly
  // every configuration) is copied as Latin-1, which is the same text without decoding.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return { text: buffer.toString("latin1"), diagnostics: [] };
  if (isUtf8(buffer)) {
    const text = buffer.toString("utf8");
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, diagnostics: [] };
  }
  const at = firstInvalidUtf8(bytes);
  const line = lineAt(bytes, Math.max(at, 0));
  return {
    text: lenientUtf8.decode(bytes),
    diagnostics: [diagnostic("error", "input/invalid-utf8", `invalid UTF-8 at line ${line} (byte offset ${at}): expected UTF-8 text; the bad bytes were replaced with U+FFFD`, uri, line)],
  };
}
