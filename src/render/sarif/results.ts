import type { Location, Result as SarifResult } from "sarif";
import type { DeviceReport, Report, Result } from "../../model/report.js";
import { sentence } from "../context.js";
import { sortResults } from "../order.js";
import { levelOf } from "./levels.js";
import { physicalLocation } from "./locations.js";

export const FINGERPRINT_KEY = "junosAudit/v1";

export interface ResultMapping {
  ruleIndex(ruleId: string): number;
  devices: ReadonlyMap<string, DeviceReport>;
  /** Set when the run compared against a baseline: results then carry baselineState. */
  withBaseline: boolean;
  cwd?: string | undefined;
}

function logicalName(result: Result): string {
  const path = result.object === undefined || result.path.endsWith(result.object) ? result.path : `${result.path} ${result.object}`;
  return `${result.device}: ${path}`;
}

/** Where the finding is; a result without a location points at line 1 of its device's file. */
function primaryLocation(result: Result, mapping: ResultMapping): Location {
  const uri = result.location?.uri ?? mapping.devices.get(result.device)?.source.uri ?? result.device;
  const line = result.location?.startLine ?? 1;
  return {
    physicalLocation: physicalLocation(uri, line, mapping.cwd),
    logicalLocations: [{ fullyQualifiedName: logicalName(result), kind: "member" }],
  };
}

function messageOf(result: Result): string {
  const text = sentence(result.message);
  return result.inherited === undefined ? text : `${text} Inherited from group ${result.inherited.group} ([apply-groups](1)).`;
}

export function sarifResult(result: Result, mapping: ResultMapping): SarifResult {
  const sarif: SarifResult = {
    ruleId: result.ruleId,
    ruleIndex: mapping.ruleIndex(result.ruleId),
    level: levelOf(result.severity),
    message: { text: messageOf(result) },
    locations: [primaryLocation(result, mapping)],
    partialFingerprints: { [FINGERPRINT_KEY]: result.fingerprint },
    properties: {
      device: result.device,
      junosPath: result.path,
      severity: result.severity,
      ...(result.object === undefined ? {} : { object: result.object }),
      ...(result.insecure ? { insecureCollection: true } : {}),
    },
  };
  if (result.inherited !== undefined) {
    const { group, applyGroups } = result.inherited;
    sarif.relatedLocations = [
      {
        id: 1,
        physicalLocation: physicalLocation(applyGroups.uri, applyGroups.startLine, mapping.cwd),
        message: { text: `inherited from group ${group} via apply-groups here` },
      },
    ];
  }
  if (mapping.withBaseline) sarif.baselineState = result.baselineState ?? "new";
  return sarif;
}

/** Only failures: waived results stay out (GitHub would open alerts for suppressed results). */
export function sarifResults(report: Report, mapping: ResultMapping): SarifResult[] {
  return sortResults(report.results.filter((result) => result.status === "fail")).map((result) => sarifResult(result, mapping));
}
