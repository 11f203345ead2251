/**
 * Runs Microsoft's SARIF Multitool (SARIF + GitHub rule kinds) on rendered reports, through
 * scripts/sarif-validate.sh. Skipped, with a reason, when the platform binary is not installed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSarif } from "../../src/render/sarif/index.js";
import { makeReport, makeResult, makeRules, withResults } from "../helpers/report-factory.js";

const tool = `node_modules/@microsoft/sarif-multitool-${process.platform}/Sarif.Multitool`;
const available = existsSync(tool);
const dir = mkdtempSync(join(tmpdir(), "sarif-multitool-"));

function validate(name: string, text: string): { ok: boolean; output: string } {
  const file = join(dir, name);
  writeFileSync(file, text);
  try {
    return { ok: true, output: execFileSync("scripts/sarif-validate.sh", [file], { encoding: "utf8" }) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: unknown }).stdout ?? error) };
  }
}

describe.skipIf(!available)(`SARIF Multitool validate --rule-kind Sarif;Gh (${available ? "found" : `skipped: ${tool} missing`})`, () => {
  it("finds no error or warning in a fleet report with unreadable devices, inheritance and a baseline", () => {
    const report = makeReport({ devices: 60, errorEvery: 20, waiveEvery: 5 });
    const compared = { ...report, baseline: { uri: "reports/base.json", new: 1, unchanged: 0, fixed: [] } };
    const { ok, output } = validate("fleet.sarif", renderSarif(compared, { rules: makeRules(), color: false, cwd: "/srv/configs" }));
    expect(output).not.toMatch(/: (error|warning) [A-Z]+\d+/);
    expect(ok).toBe(true);
  });

  it("finds no error in a clean run rendered without a known working directory", () => {
    const clean = withResults(makeReport({ devices: 3 }), []);
    const { ok, output } = validate("clean.sarif", renderSarif(clean, { rules: makeRules(), color: false }));
    expect(output).not.toMatch(/: error [A-Z]+\d+/);
    expect(ok).toBe(true);
  });

  it("is strict enough to reject a result without a location (the check itself works)", () => {
    const report = withResults(makeReport({ devices: 1 }), [makeResult({ ruleId: "rest-no-http", device: "r1" })]);
    const log = JSON.parse(renderSarif(report, { rules: makeRules(), color: false })) as { runs: { results: { locations?: unknown }[] }[] };
    delete log.runs[0]?.results[0]?.locations;
    const { ok, output } = validate("broken.sarif", JSON.stringify(log));
    expect(output).toMatch(/error GH\d+/);
    expect(ok).toBe(false);
  });
});
