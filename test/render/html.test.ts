import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/render/html/index.js";
import type { RenderContext } from "../../src/render/context.js";
import { makeReport, makeResult, makeRules, withResults } from "../helpers/report-factory.js";

const ctx: RenderContext = { rules: makeRules(), color: false };

function count(haystack: string, needle: string | RegExp): number {
  return haystack.split(needle).length - 1;
}

function inline(html: string, tag: "style" | "script"): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(html);
  if (!match?.[1]) throw new Error(`no inline ${tag}`);
  return match[1];
}

const hostile = '"><img src=x onerror=alert(2)>';

function hostileReport() {
  return withResults(makeReport({ devices: 2 }), [
    makeResult({
      ruleId: "rest-no-http",
      device: `r1${hostile}`,
      message: 'Interface description "<script>alert(1)</script>" is shown as text.',
      object: "<b>ca</b>",
      snippet: [{ line: 12, text: 'description "<script>alert(1)</script>";' }],
      inherited: { group: "<svg onload=alert(3)>", applyGroups: { uri: "configs/r1.conf", startLine: 2 } },
    }),
  ]);
}

describe("HTML renderer", () => {
  it("escapes every string that comes from a configuration", () => {
    const html = renderHtml(hostileReport(), ctx);
    expect(count(html, "<script")).toBe(1);
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<svg onload");
    expect(html).not.toContain("<b>ca</b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;svg onload&#x3D;alert(3)&gt;");
  });

  it("uses {{ }} only: no template or partial triple-stashes a value", () => {
    const dir = new URL("../../reports/", import.meta.url);
    const files = ["report.hbs", ...readdirSync(new URL("partials/", dir)).map((f) => `partials/${f}`)];
    for (const file of files) expect(readFileSync(new URL(file, dir), "utf8")).not.toContain("{{{");
  });

  it("is self-contained: nothing to load, and a CSP that only allows its own hashed style and script", () => {
    const html = renderHtml(makeReport({ devices: 20, errorEvery: 7, waiveEvery: 4 }), ctx);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    const policy = csp.replaceAll("&#x27;", "'").replaceAll("&#x3D;", "=");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src ${hash(inline(html, "style"))};`);
    expect(policy).toContain(`script-src ${hash(inline(html, "script"))};`);
  });

  it("shows every failing finding with its lines, inheritance, remediation and documentation link", () => {
    const report = makeReport({ devices: 40 });
    const html = renderHtml(report, ctx);
    const failures = report.results.filter((r) => r.status === "fail");
    expect(count(html, 'data-status="fail"')).toBe(failures.length);
    const inherited = failures.find((r) => r.inherited !== undefined);
    expect(inherited).toBeDefined();
    expect(html).toContain(
      `inherited from group <code>${inherited?.inherited?.group}</code> (apply-groups at ${inherited?.inherited?.applyGroups.uri}:${inherited?.inherited?.applyGroups.startLine})`,
    );
    const withSnippet = failures[0];
    const line = withSnippet?.snippet?.[1];
    expect(html).toContain(`<span class="ln focus"><span class="no">${line?.line}</span>${line?.text}</span>`);
    expect(html).toContain("set system services rest https mutual-authentication certificate-authority &lt;ca-profile&gt;");
    expect(html).toContain('href="https://github.com/junos-audit/junos-audit/blob/main/docs/rules/rest-no-http.md"');
  });

  it("summarises score and failures by severity at the top", () => {
    const report = makeReport({ devices: 50 });
    const html = renderHtml(report, ctx);
    expect(html).toContain(`aria-label="Compliance score ${report.summary.score?.toFixed(1)}%"`);
    const critical = report.summary.failuresBySeverity.critical;
    expect(html).toContain(`<li class="sev-item sev-critical"><span class="sev-count">${critical}</span>`);
    expect(count(html, 'class="tile ')).toBe(50);
  });

  it("lists waived findings apart, with reason, owner and expiry", () => {
    const report = makeReport({ devices: 30, waiveEvery: 5 });
    const html = renderHtml(report, ctx);
    const waived = report.results.filter((r) => r.status === "waived");
    expect(waived.length).toBeGreaterThan(0);
    expect(html).toContain(`Waived findings <span class="count">(${waived.length})</span>`);
    expect(count(html, "<td>Lab device, decommissioned in Q3</td><td>netops@example.com</td><td>2031-06-30</td>")).toBe(waived.length);
  });

  it("lists devices that could not be read with their diagnostics", () => {
    const html = renderHtml(makeReport({ devices: 10, errorEvery: 5 }), ctx);
    expect(html).toContain("Devices that could not be read <span class=\"count\">(2)</span>");
    expect(html).toContain("configs/core-rtr-005.conf:40</span> Expected &#x27;}&#x27; before the end of the file");
  });

  it("marks baseline state on findings and lists fixed ones", () => {
    const report = withResults(makeReport({ devices: 1 }), [
      makeResult({ ruleId: "rest-no-http", device: "r1", baselineState: "new" }),
      makeResult({ ruleId: "rest-https-mutual-auth", device: "r1", baselineState: "unchanged" }),
    ]);
    report.baseline = { uri: "reports/base.json", new: 1, unchanged: 1, fixed: [{ ruleId: "grpc-no-clear-text", device: "r9", path: "system services extension-service", fingerprint: "0123456789abcdef" }] };
    const html = renderHtml(report, ctx);
    expect(html).toContain('<span class="tag tag-new">new</span>');
    expect(html).toContain('<span class="tag tag-unchanged">unchanged</span>');
    expect(html).toContain("<tr><td>r9</td><td><code>grpc-no-clear-text</code></td>");
  });

  it("says so plainly when nothing fails, and is deterministic", () => {
    const clean = withResults(makeReport({ devices: 3 }), []);
    expect(renderHtml(clean, ctx)).toContain("No failing results.");
    const report = makeReport({ devices: 25 });
    const reversed = { ...report, results: [...report.results].reverse(), devices: [...report.devices].reverse() };
    expect(renderHtml(reversed, ctx)).toBe(renderHtml(report, ctx));
  });
});
