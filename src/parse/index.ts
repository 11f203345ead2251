import type { ConfigFormat } from "../model/config-tree.js";
import { diagnostic } from "../model/diagnostics.js";
import { parseCurly } from "./curly.js";
import { detectFormat } from "./detect.js";
import { parseJson } from "./json.js";
import { parseSet } from "./set.js";
import type { ParseResult, Parser } from "./types.js";
import { parseXml } from "./xml.js";

export type { ParseResult } from "./types.js";

const PARSERS: Record<ConfigFormat, Parser> = { curly: parseCurly, set: parseSet, xml: parseXml, json: parseJson };

/** Parses one configuration, detecting its format from the content (never from the file name). */
export function parseConfig(text: string, uri: string, format?: ConfigFormat): ParseResult {
  const detected = format ?? detectFormat(text);
  if (detected === undefined) {
    return {
      format: undefined,
      root: undefined,
      skipped: true,
      diagnostics: [diagnostic("info", "input/not-a-config", "not a Junos configuration (no curly, set, XML or JSON configuration found); skipped", uri)],
    };
  }
  return PARSERS[detected](text, uri);
}
