import { basename, extname } from "node:path";
import { loadEvidence } from "../evidence/index.js";
import { evaluate } from "../engine/evaluate.js";
import type { Rule, RuleSettings } from "../engine/types.js";
import { find, valueOf, type ConfigNode } from "../model/config-tree.js";
import { hasErrors, type Diagnostic } from "../model/diagnostics.js";
import type { DeviceReport, Result } from "../model/report.js";
import { normalizeInPlace } from "../normalize/index.js";
import { parseConfig } from "../parse/index.js";
import { decodeText } from "./read-text.js";
import { attachSnippets } from "./snippets.js";

export interface AuditSettings {
  rules: readonly Rule[];
  settings: RuleSettings;
  certsDir: string | undefined;
  /** Makes device names unique: the second input with a name gets its path appended. */
  claimName(name: string, uri: string): string;
}

export interface FileOutcome {
  /** Undefined when the file is not a configuration (skipped with a note). */
  device: DeviceReport | undefined;
  results: Result[];
  /** Notes about the file that are not about a device (skipped files). */
  notes: Diagnostic[];
}

function deviceName(effective: ConfigNode | undefined, uri: string): string {
  const host = effective === undefined ? undefined : valueOf(find(effective, ["system", "host-name"]));
  if (host !== undefined && host.length > 0) return detached(host); // kept for the whole run (names are claimed)
  if (uri === "-") return "stdin";
  return basename(uri, extname(uri));
}

/**
 * One input file through the pipeline: decode → parse → normalize → evidence → evaluate.
 * Never throws for bad input: problems become diagnostics on the device. A device whose
 * configuration could not be read completely is `status: "error"` and is not evaluated (judging a
 * half-read configuration would report controls wrongly).
 */
export async function auditFile(uri: string, bytes: Uint8Array, audit: AuditSettings): Promise<FileOutcome> {
  const decoded = decodeText(bytes, uri);
  if (decoded.text === undefined) return { device: undefined, results: [], notes: decoded.diagnostics };
  const parsed = parseConfig(decoded.text, uri);
  if (parsed.skipped === true) return detached({ device: undefined, results: [], notes: [...decoded.diagnostics, ...parsed.diagnostics] });

  const diagnostics = [...decoded.diagnostics, ...parsed.diagnostics];
  const normalized = parsed.root === undefined ? undefined : normalizeInPlace(parsed.root);
  if (normalized !== undefined) diagnostics.push(...normalized.diagnostics);
  const hostName = deviceName(normalized?.root, uri);
  const name = audit.claimName(hostName, uri);
  const failed = normalized === undefined || hasErrors(diagnostics);
  const device: DeviceReport = {
    name,
    source: { uri, format: parsed.format ?? "unknown" },
    status: failed ? "error" : "ok",
    diagnostics,
  };
  if (failed) return detached({ device, results: [], notes: [] });

  let evidence;
  if (audit.certsDir !== undefined) {
    const loaded = await loadEvidence(audit.certsDir, hostName);
    evidence = loaded.evidence;
    diagnostics.push(...loaded.diagnostics);
  }
  const results = evaluate([...audit.rules], { device: name, config: normalized.root, evidence, settings: audit.settings });
  attachSnippets(results, uri, decoded.text);
  return detached({ device, results, notes: [] });
}

/**
 * A copy of what leaves the pipeline for one file that shares no string with its text. Parser words
 * are slices of the file's text, and V8 keeps a whole text alive for any slice of it: a device name
 * or a snippet line kept every scanned file in memory (10,000 devices of 220 KB: 3.6 GB).
 */
function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
