import type { ParseResult } from "./types.js";
import { diagnostic } from "../model/diagnostics.js";

// STUB: being written. Replace this whole file.
export function parseSet(_text: string, uri: string): ParseResult {
  return { format: "set", root: undefined, diagnostics: [diagnostic("error", "internal/not-implemented", "the set parser is not implemented yet", uri)] };
}
