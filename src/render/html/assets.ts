import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";

/** reports/ at the package root: the same relative place from src/ and from dist/. */
const REPORTS_DIR = new URL("../../../reports/", import.meta.url);

export interface HtmlAssets {
  template: string;
  partials: Record<string, string>;
  css: string;
  script: string;
}

let cached: HtmlAssets | undefined;

function read(name: string): string {
  return readFileSync(new URL(name, REPORTS_DIR), "utf8");
}

/** The template, its partials, the stylesheet and the filter script, read once per process. */
export function htmlAssets(): HtmlAssets {
  if (cached) return cached;
  const partials: Record<string, string> = {};
  for (const file of readdirSync(new URL("partials/", REPORTS_DIR)).filter((f) => f.endsWith(".hbs")).sort()) {
    partials[file.replace(/\.hbs$/, "")] = read(`partials/${file}`);
  }
  const css = read("report.css");
  const script = read("report.js");
  if (css.includes("</") || script.includes("</")) throw new Error("reports/report.css and report.js must not contain '</'");
  cached = { template: read("report.hbs"), partials, css, script };
  return cached;
}

/** A Content-Security-Policy hash source for an inline element's exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
