import type { ParseResult } from "./types.js";
import { diagnostic } from "../model/diagnostics.js";

// STUB: being written. Replace this whole file.
export function parseCurly(_text: string, uri: string): ParseResult {
  return { format: "curly", root: undefined, diagnostics: [diagnostic("error", "internal/not-implemented", "the curly parser is not implemented yet", uri)] };
}
