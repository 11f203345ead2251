/**
 * Opens a rendered HTML report in Chromium (npm run test:browser): no request other than the page,
 * no console error, filters hide rows. Saves a screenshot to test-output/html-report.png.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { renderHtml } from "../../src/render/html/index.js";
import { makeReport, makeResult, makeRules, withResults } from "../helpers/report-factory.js";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available) console.warn(`html-report browser test skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

const outDir = resolve("test-output");
const pagePath = resolve(outDir, "html-report.html");

describe.skipIf(!available)("HTML report in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    const report = makeReport({ devices: 120, errorEvery: 30, waiveEvery: 8 });
    const hostile = makeResult({ ruleId: "rest-no-http", device: "edge-rtr-001", message: 'description "<script>alert(1)</script>"', snippet: [{ line: 12, text: '<img src="https://example.com/x.png">' }] });
    writeFileSync(pagePath, renderHtml(withResults(report, [...report.results, hostile]), { rules: makeRules(), color: false }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    await page.route("**/*", async (route) => {
      requests.push(route.request().url());
      await route.continue();
    });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(String(error)));
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(pagePath).href, { waitUntil: "load" });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("makes no request other than the page itself, and runs without errors", () => {
    expect(requests).toEqual([pathToFileURL(pagePath).href]);
    expect(problems).toEqual([]);
  });

  it("hides the rows of a severity when its filter is switched off", async () => {
    const visibleHigh = () => page.locator('details.finding[data-severity="high"]:visible').count();
    const before = await visibleHigh();
    expect(before).toBeGreaterThan(0);
    const total = await page.locator("details.finding:visible").count();
    await page.click('[data-filter-severity="high"]');
    expect(await visibleHigh()).toBe(0);
    expect(await page.locator("details.finding:visible").count()).toBe(total - before);
    await expect.poll(() => page.locator("#filter-count").textContent()).toContain(`showing ${total - before} of`);
    await page.click('[data-filter-severity="high"]');
    expect(await visibleHigh()).toBe(before);
  });

  it("filters by device and by rule", async () => {
    await page.selectOption("#filter-device", "edge-rtr-001");
    const devices = await page.locator("details.finding:visible").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-device")));
    expect(devices.length).toBeGreaterThan(0);
    expect(new Set(devices)).toEqual(new Set(["edge-rtr-001"]));
    await page.click("#filter-reset");
    await page.selectOption("#filter-rule", "grpc-no-clear-text");
    const rules = await page.locator("details.finding:visible").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-rule")));
    expect(new Set(rules)).toEqual(new Set(["grpc-no-clear-text"]));
    await page.click("#filter-reset");
  });

  it("shows configuration text as text and saves a screenshot", async () => {
    await page.selectOption("#filter-device", "edge-rtr-001");
    await page.locator("details.finding", { hasText: "<script>alert(1)</script>" }).first().locator("summary").click();
    await expect.poll(() => page.locator(".f-message", { hasText: "<script>alert(1)</script>" }).count()).toBeGreaterThan(0);
    await page.click("#filter-reset");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(outDir, "html-report.png"), fullPage: false });
    expect(existsSync(resolve(outDir, "html-report.png"))).toBe(true);
    expect(problems).toEqual([]);
  });
});
