import Handlebars from "handlebars";
import type { Report } from "../../model/report.js";
import type { RenderContext } from "../context.js";
import { cspHash, htmlAssets } from "./assets.js";
import { htmlView } from "./view-model.js";

type Template = (context: unknown) => string;
let compiled: Template | undefined;

function template(): Template {
  if (compiled) return compiled;
  const assets = htmlAssets();
  const handlebars = Handlebars.create();
  for (const [name, source] of Object.entries(assets.partials)) {
    handlebars.registerPartial(name, handlebars.compile(source, { strict: true }));
  }
  compiled = handlebars.compile(assets.template, { strict: true });
  return compiled;
}

/**
 * One self-contained HTML page: stylesheet and filter script inline, charts as inline SVG, and a
 * Content-Security-Policy that forbids every request (only the page's own hashed style and script run).
 * All text from configurations goes through `{{ }}` (escaped); only our own assets are SafeStrings.
 */
export function renderHtml(report: Report, ctx: RenderContext): string {
  const assets = htmlAssets();
  const csp = `default-src 'none'; style-src ${cspHash(assets.css)}; script-src ${cspHash(assets.script)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return template()({
    ...htmlView(report, ctx),
    csp,
    css: new Handlebars.SafeString(assets.css),
    script: new Handlebars.SafeString(assets.script),
  });
}
