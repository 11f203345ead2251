import type { ConfigFormat, ConfigNode } from "../model/config-tree.js";
import type { Diagnostic } from "../model/diagnostics.js";

/**
 * What every parser returns. Parsers never throw on bad input: problems are diagnostics.
 * - `root` is the parsed tree (raw: groups not applied, inactive nodes still present and marked),
 *   or undefined when nothing usable could be read.
 * - `skipped` is true when the input is not a Junos configuration at all (a README, an
 *   operational RPC reply): the caller reports it as a note, not as a device.
 */
export interface ParseResult {
  format: ConfigFormat | undefined;
  root: ConfigNode | undefined;
  diagnostics: Diagnostic[];
  skipped?: boolean;
}

export type Parser = (text: string, uri: string) => ParseResult;
