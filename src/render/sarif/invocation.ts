import type { Invocation, Notification } from "sarif";
import type { Diagnostic } from "../../model/diagnostics.js";
import type { Report } from "../../model/report.js";
import { sentence } from "../context.js";
import { sortDevices, sortResults } from "../order.js";
import { physicalLocation } from "./locations.js";

const NOTIFICATION_LEVEL = { error: "error", warning: "warning", info: "note" } as const;

function notification(diagnostic: Diagnostic, prefix: string, cwd?: string): Notification {
  return {
    level: NOTIFICATION_LEVEL[diagnostic.level],
    message: { text: sentence(`${prefix}${diagnostic.message}`) },
    locations: [{ physicalLocation: physicalLocation(diagnostic.uri, diagnostic.line, cwd) }],
    ...(diagnostic.code === undefined ? {} : { descriptor: { id: diagnostic.code } }),
  };
}

/** Devices that could not be read (their errors and warnings), rule errors, then notes about the run. */
function notifications(report: Report, cwd?: string): Notification[] {
  const list: Notification[] = [];
  for (const device of sortDevices(report.devices)) {
    const relevant = device.diagnostics.filter((d) => d.level !== "info");
    if (device.status === "error" && !relevant.some((d) => d.level === "error")) {
      relevant.unshift({ level: "error", message: "could not be read", uri: device.source.uri });
    }
    list.push(...relevant.map((d) => notification(d, `${device.name}: `, cwd)));
  }
  for (const result of sortResults(report.results.filter((r) => r.status === "error"))) {
    const uri = result.location?.uri ?? report.devices.find((d) => d.name === result.device)?.source.uri ?? result.device;
    list.push({
      ...notification({ level: "error", message: result.message, uri, line: result.location?.startLine }, `${result.device}: rule ${result.ruleId} could not be evaluated: `, cwd),
      associatedRule: { id: result.ruleId },
    });
  }
  list.push(...report.diagnostics.map((d) => notification(d, "", cwd)));
  return list;
}

export function sarifInvocation(report: Report, cwd?: string): Invocation {
  const failed = report.devices.some((device) => device.status === "error") || report.results.some((r) => r.status === "error");
  return { executionSuccessful: !failed, toolExecutionNotifications: notifications(report, cwd) };
}
