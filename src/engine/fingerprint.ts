/**
 * Result fingerprints: a logical identity that survives edits elsewhere in the file.
 * sha256 over `ruleId|device|path|object` (never the line), first 32 hex characters.
 */
import { createHash } from "node:crypto";

export interface FingerprintParts {
  ruleId: string;
  device: string;
  path: string;
  object?: string | undefined;
}

export function fingerprint(parts: FingerprintParts): string {
  const key = [parts.ruleId, parts.device, parts.path, parts.object ?? ""].join("|");
  return createHash("sha256").update(key, "utf8").digest("hex").slice(0, 32);
}
