/**
 * Schema checks every test uses on the reports it produces:
 * - validateReport: schemas/report.schema.json (the JSON report contract);
 * - validateSarif: the OASIS SARIF 2.1.0 schema shipped with @microsoft/sarif-multitool.
 * Both return the error list (empty when valid) so a failing test shows what is wrong.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { checkReport } from "../../src/baseline/validate-report.js";
import { describeErrors } from "../../src/config/ajv.js";

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  (formatsModule as unknown as { default?: AddFormats }).default ?? (formatsModule as unknown as AddFormats);

const require = createRequire(import.meta.url);

/** The schema file inside the multitool's platform package (sarif-2.1.0.json, JSON Schema 2020-12). */
export function sarifSchemaPath(): string {
  const multitool = dirname(require.resolve("@microsoft/sarif-multitool/package.json"));
  const platform = join(multitool, "..", `sarif-multitool-${process.platform === "win32" ? "win32" : process.platform}`);
  return join(platform, "sarif-2.1.0.json");
}

let sarifValidator: ValidateFunction | undefined;

function compileSarif(): ValidateFunction {
  const schema = JSON.parse(readFileSync(sarifSchemaPath(), "utf8")) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

export function validateReport(value: unknown): string[] {
  const check = checkReport(value);
  return check.ok ? [] : check.errors;
}

export function validateSarif(value: unknown): string[] {
  sarifValidator ??= compileSarif();
  return sarifValidator(value) ? [] : describeErrors(sarifValidator.errors);
}
