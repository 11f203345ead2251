/**
 * PEM blocks of a text file, found line by line (no backtracking regex over the whole file).
 * Only labels, line numbers and the base64 of CERTIFICATE blocks are kept: the body of any other
 * block (a private key above all) is never stored.
 */

export interface PemBlock {
  label: string;
  /** 1-based line of the BEGIN line. */
  line: number;
  /** Base64 body; empty for blocks whose content is not kept. */
  body: string;
  complete: boolean;
}

const BEGIN = /^-----BEGIN ([A-Z0-9 ]+)-----$/;
const END = /^-----END ([A-Z0-9 ]+)-----$/;

export const CERTIFICATE_LABELS: ReadonlySet<string> = new Set(["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"]);

export function isPrivateKeyLabel(label: string): boolean {
  return label.endsWith("PRIVATE KEY");
}

export function looksLikePem(text: string): boolean {
  return text.includes("-----BEGIN ");
}

export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  const lines = text.split(/\r?\n/);
  let open: PemBlock | undefined;
  let keep = false;
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? "").trim();
    if (open === undefined) {
      const begin = BEGIN.exec(line);
      if (begin?.[1] !== undefined) {
        open = { label: begin[1], line: index + 1, body: "", complete: false };
        keep = CERTIFICATE_LABELS.has(begin[1]);
      }
      continue;
    }
    const end = END.exec(line);
    if (end !== null) {
      open.complete = end[1] === open.label;
      blocks.push(open);
      open = undefined;
    } else if (keep && !line.includes(":")) {
      open.body += line; // header lines ("Proc-Type: …") are not base64
    }
  }
  if (open !== undefined) blocks.push(open);
  return blocks;
}
