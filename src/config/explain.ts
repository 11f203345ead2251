import type { ErrorObject } from "ajv";
import { displayKey, pointerKeys } from "./yaml-lines.js";

export interface Explained {
  keys: (string | number)[];
  /** A key inside the value at `keys` that the message is about (unknown or missing key). */
  childKey?: string | undefined;
  message: string;
}

function found(data: unknown): string {
  return data === undefined ? "nothing" : JSON.stringify(data);
}

/** An ajv error as a sentence that names the key and says what was expected. */
export function explain(error: ErrorObject): Explained {
  const keys = pointerKeys(error.instancePath);
  const where = displayKey(keys) || "the top level";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { keys, childKey: key, message: `unknown key "${key}" in ${where}; expected one of: ${allowed.join(", ")}` };
    }
    case "required":
      return { keys, message: `${where} is missing "${String(params.missingProperty)}"` };
    case "enum":
      return { keys, message: `${where} must be one of ${(params.allowedValues as unknown[]).join(", ")} (found ${found(error.data)})` };
    case "pattern":
      return keys.at(-1) === "expires"
        ? { keys, message: `${where} must be a date written YYYY-MM-DD (found ${found(error.data)})` }
        : { keys, message: `${where} must match ${String(params.pattern)} (found ${found(error.data)})` };
    case "propertyNames":
      return { keys, childKey: String(params.propertyName), message: `${where} has an invalid rule id "${String(params.propertyName)}" (rule ids are kebab-case, e.g. rest-no-http)` };
    case "type":
      return { keys, message: `${where} must be ${String(params.type)} (found ${found(error.data)})` };
    default:
      return { keys, message: `${where} ${error.message ?? "is invalid"}` };
  }
}
