import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

/** schemas/inventory.schema.json, two levels above both src/collectors and dist/collectors. */
const SCHEMA_URL = new URL("../../schemas/inventory.schema.json", import.meta.url);

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled === undefined) {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as object;
    compiled = new Ajv({ allErrors: false, strict: true }).compile(schema);
  }
  return compiled;
}

export interface SchemaProblem {
  /** Path of keys and indexes to the offending value (ajv's instancePath, split). */
  path: (string | number)[];
  message: string;
}

/** The first schema violation, worded for people, or undefined when `data` is valid. */
export function checkInventorySchema(data: unknown): SchemaProblem | undefined {
  const validate = validator();
  if (validate(data)) return undefined;
  const errors = validate.errors ?? [];
  const error = errors.find((e) => e.keyword !== "oneOf") ?? errors[0];
  if (error === undefined) return { path: [], message: "the inventory does not match its schema" };
  return describe(error);
}

function splitPointer(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^[0-9]+$/.test(part) ? Number(part) : part));
}

function keyName(path: (string | number)[]): string {
  if (path.length === 0) return "the inventory";
  const text = path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${p}`)).join("");
  return `"${text}"`;
}

function describe(error: ErrorObject): SchemaProblem {
  const path = splitPointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const where = keyName(path);
  switch (error.keyword) {
    case "additionalProperties":
      return { path: [...path, String(params.additionalProperty)], message: `unknown key "${String(params.additionalProperty)}" in ${where}` };
    case "required":
      return { path, message: `${where} needs a "${String(params.missingProperty)}" key` };
    case "enum":
      return { path, message: `${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}` };
    case "pattern":
      return { path, message: patternMessage(path, where) };
    case "oneOf":
    case "type":
      if (path[path.length - 1] === "timeout") return { path, message: `${where} must be a duration such as 30s, 500ms or 2m` };
      return { path, message: `${where} must be ${error.keyword === "type" ? `a ${String(params.type)}` : "valid"}` };
    default:
      return { path, message: `${where} ${error.message ?? "is not valid"}` };
  }
}

function patternMessage(path: (string | number)[], where: string): string {
  const last = path[path.length - 1];
  if (last === "name") return `${where} must be safe as a file name: letters, digits, ".", "_" or "-" (at most 128, not starting with a dot)`;
  if (last === "password-env") return `${where} must be the name of an environment variable (letters, digits, "_")`;
  if (last === "timeout") return `${where} must be a duration such as 30s, 500ms or 2m`;
  return `${where} has an unexpected format`;
}
