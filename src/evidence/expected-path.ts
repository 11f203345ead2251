/**
 * Where evidence for a named certificate would have been, for "inconclusive" messages:
 * `certs/r1/nc-server.pem|.crt|.cer|.der`.
 */
import path from "node:path";
import type { DeviceEvidence } from "../model/certificates.js";

export type EvidenceKind = "local" | "ca" | "client";

const EXTENSIONS = "pem|.crt|.cer|.der";

export function expectedEvidencePath(evidence: Pick<DeviceEvidence, "dir">, kind: EvidenceKind, name: string): string {
  switch (kind) {
    case "local":
      return `${path.join(evidence.dir, name)}.${EXTENSIONS}`;
    case "ca":
      return `${path.join(evidence.dir, "ca", name)}.${EXTENSIONS}`;
    case "client":
      return `${path.join(evidence.dir, "clients", name === "" ? "*" : name)}.${EXTENSIONS}`;
  }
}
