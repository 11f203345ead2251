import type { ParseResult } from "./types.js";
import { diagnostic } from "../model/diagnostics.js";

// STUB: being written. Replace this whole file.
export function parseXml(_text: string, uri: string): ParseResult {
  return { format: "xml", root: undefined, diagnostics: [diagnostic("error", "internal/not-implemented", "the xml parser is not implemented yet", uri)] };
}
