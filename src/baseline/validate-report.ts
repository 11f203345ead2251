import type { Report } from "../model/report.js";
import { describeErrors, schemaValidator } from "../config/ajv.js";

export type ReportCheck = { ok: true; report: Report } | { ok: false; errors: string[] };

/** Checks a parsed JSON value against schemas/report.schema.json. */
export function checkReport(value: unknown): ReportCheck {
  const validate = schemaValidator("report.schema.json");
  if (validate(value)) return { ok: true, report: value as Report };
  return { ok: false, errors: describeErrors(validate.errors) };
}
