import type { DeviceEvidence } from "../model/certificates.js";
import type { Diagnostic } from "../model/diagnostics.js";

// STUB: being written. Replace this whole file.
export async function loadEvidence(certsDir: string, device: string): Promise<{ evidence: DeviceEvidence; diagnostics: Diagnostic[] }> {
  return { evidence: { local: new Map(), ca: new Map(), clients: [], dir: `${certsDir}/${device}` }, diagnostics: [] };
}
