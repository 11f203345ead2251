import type { Severity } from "../../model/report.js";

const CODES = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], magenta: [35, 39], cyan: [36, 39] } as const;
export type StyleName = keyof typeof CODES;

export type Paint = (style: StyleName, text: string) => string;

/** ANSI styling when `color`, plain text otherwise. */
export function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text;
  return (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m`;
}

export const SEVERITY_STYLE: Readonly<Record<Severity, StyleName>> = {
  critical: "magenta",
  high: "red",
  medium: "yellow",
  low: "cyan",
  info: "dim",
};

/** Configuration text may hold escape sequences: never let them reach the terminal. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}
