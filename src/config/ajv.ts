import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import formatsModule from "ajv-formats";

type AddFormats = (ajv: Ajv) => Ajv;
// ajv-formats is CommonJS with `exports.default`; NodeNext sees the module object.
const addFormats: AddFormats =
  (formatsModule as unknown as { default?: AddFormats }).default ?? (formatsModule as unknown as AddFormats);

/** schemas/ at the package root: the same relative place from src/ and from dist/. */
export const SCHEMAS_DIR = new URL("../../schemas/", import.meta.url);

const compiled = new Map<string, ValidateFunction>();

/** The compiled validator for schemas/<name>, compiled once per process. */
export function schemaValidator(name: string): ValidateFunction {
  const cached = compiled.get(name);
  if (cached) return cached;
  const schema = JSON.parse(readFileSync(new URL(name, SCHEMAS_DIR), "utf8")) as object;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  compiled.set(name, validate);
  return validate;
}

/** One line per schema error: "<json pointer>: <message>". */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || "(top level)"}: ${error.message ?? "is invalid"}`);
}
