import type { ParseResult } from "./types.js";
import { diagnostic } from "../model/diagnostics.js";

// STUB: being written. Replace this whole file.
export function parseJson(_text: string, uri: string): ParseResult {
  return { format: "json", root: undefined, diagnostics: [diagnostic("error", "internal/not-implemented", "the json parser is not implemented yet", uri)] };
}
