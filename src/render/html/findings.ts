import type { RuleMeta } from "../../engine/types.js";
import type { DeviceReport, Result, Severity } from "../../model/report.js";

export interface FindingView {
  id: string;
  device: string;
  ruleId: string;
  ruleTitle: string;
  helpUri: string | null;
  severity: Severity;
  status: string;
  message: string;
  path: string;
  object: string | null;
  where: string;
  inherited: { group: string; where: string } | null;
  snippet: { line: number; text: string; focus: boolean }[];
  remediation: string[];
  baselineState: "new" | "unchanged" | null;
  waiver: { reason: string; owner: string; expires: string } | null;
  insecure: boolean;
}

function whereOf(uri: string, line: number | undefined): string {
  return line === undefined ? uri : `${uri}:${line}`;
}

/** One finding as the template shows it: every field present (the template compiles strict). */
export function findingView(result: Result, rule: RuleMeta | undefined, device: DeviceReport | undefined, index: number): FindingView {
  const focusLine = result.location?.startLine;
  return {
    id: `f${index + 1}`,
    device: result.device,
    ruleId: result.ruleId,
    ruleTitle: rule?.title ?? result.ruleId,
    helpUri: rule?.helpUri ?? null,
    severity: result.severity,
    status: result.status,
    message: result.message,
    path: result.path,
    object: result.object ?? null,
    where: whereOf(result.location?.uri ?? device?.source.uri ?? "", focusLine),
    inherited:
      result.inherited === undefined
        ? null
        : { group: result.inherited.group, where: whereOf(result.inherited.applyGroups.uri, result.inherited.applyGroups.startLine) },
    snippet: (result.snippet ?? []).map((line) => ({ line: line.line, text: line.text, focus: line.line === focusLine })),
    remediation: rule?.remediation ?? [],
    baselineState: result.baselineState ?? null,
    waiver: result.waiver === undefined ? null : { ...result.waiver },
    insecure: result.insecure === true || device?.insecure === true,
  };
}
