/**
 * A config repository of a few hundred devices: the four example devices (one per format) copied
 * 75 times each under new host-names, with their certificate evidence. Every copy must get exactly
 * the results of its template, whatever its format and position; the reports must validate; waivers
 * and a baseline must behave as documented on the whole fleet.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report, Result } from "../../src/model/report.js";
import { ROOT, runCli } from "../helpers/exec.js";
import { validateReport, validateSarif } from "../helpers/schemas.js";

const TEMPLATES: Record<string, string> = {
  "core-r1": "core-r1.conf",
  "edge-r2": "edge-r2.set",
  "dc-spine1": "dc-spine1.xml",
  "branch-fw1": "branch-fw1.json",
};
const COPIES = 75;

let repo: string;
let report: Report;
let exitCode: number;

function signature(results: Result[], device: string, rename: string): string[] {
  return results
    .filter((r) => r.device === device)
    .map((r) => `${r.ruleId}|${r.status}|${r.severity}|${r.path}|${r.object ?? ""}|${r.location?.startLine ?? ""}|${r.inherited?.group ?? ""}`.split(rename).join("<host>"))
    .sort();
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "junos-audit-fleet-"));
  mkdirSync(join(repo, "configs"));
  for (const [host, file] of Object.entries(TEMPLATES)) {
    const text = readFileSync(join(ROOT, "examples/configs", file), "utf8");
    for (let i = 1; i <= COPIES; i++) {
      const name = `${host}-${String(i).padStart(3, "0")}`;
      const dir = join(repo, "configs", `site-${i % 7}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}${extname(file)}`), text.split(host).join(name));
      const certs = join(ROOT, "examples/certs", host);
      if (existsSync(certs)) cpSync(certs, join(repo, "certs", name), { recursive: true });
    }
  }
  const run = runCli(["scan", "configs", "--certs", "certs", "--format", "json", "--report", "sarif=out/fleet.sarif", "--report", "html=out/fleet.html"], { cwd: repo });
  exitCode = run.code;
  report = JSON.parse(run.stdout) as Report;
}, 120_000);

describe("a repository of 300 devices in four formats", () => {
  it("reads every device and the reports validate", () => {
    expect(report.devices).toHaveLength(4 * COPIES);
    expect(report.devices.every((d) => d.status === "ok")).toBe(true);
    expect(exitCode).toBe(1);
    expect(validateReport(report)).toEqual([]);
    expect(validateSarif(JSON.parse(readFileSync(join(repo, "out/fleet.sarif"), "utf8")))).toEqual([]);
    expect(readdirSync(join(repo, "out")).sort()).toEqual(["fleet.html", "fleet.sarif"]);
  });

  it("gives every copy exactly the results of its template", () => {
    const single = JSON.parse(runCli(["scan", "examples/configs", "--certs", "examples/certs", "--format", "json"]).stdout) as Report;
    for (const host of Object.keys(TEMPLATES)) {
      const expected = signature(single.results, host, host);
      expect(expected.length).toBeGreaterThan(20);
      for (let i = 1; i <= COPIES; i += 7) {
        const name = `${host}-${String(i).padStart(3, "0")}`;
        expect(signature(report.results, name, name), name).toEqual(expected);
      }
    }
  });

  it("gives every result a distinct fingerprint", () => {
    const fingerprints = report.results.map((r) => r.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it("applies waivers by device glob, warns about expired and unused ones, and a baseline keeps old failures from failing the build", () => {
    writeFileSync(
      join(repo, ".junos-audit.yaml"),
      [
        "waivers:",
        "  - { rule: rest-no-http, devices: 'edge-r2-0*', reason: 'legacy NMS until migration', owner: netops, expires: 2027-06-30 }",
        "  - { rule: xnm-no-clear-text, devices: 'edge-*', reason: 'old waiver', owner: netops, expires: 2025-01-01 }",
        "  - { rule: grpc-no-clear-text, devices: 'no-such-device', reason: 'typo', owner: netops, expires: 2027-01-01 }",
        "",
      ].join("\n"),
    );
    const waived = JSON.parse(runCli(["scan", "configs", "--certs", "certs", "--format", "json"], { cwd: repo }).stdout) as Report;
    const http = waived.results.filter((r) => r.ruleId === "rest-no-http");
    expect(http.filter((r) => r.status === "waived")).toHaveLength(COPIES);
    expect(http.find((r) => r.status === "waived")?.waiver?.owner).toBe("netops");
    expect(waived.results.filter((r) => r.ruleId === "xnm-no-clear-text" && r.status === "fail")).toHaveLength(COPIES);
    const warnings = waived.diagnostics.filter((d) => d.level === "warning").map((d) => d.message).join("\n");
    expect(warnings).toMatch(/expired/);
    expect(warnings).toMatch(/no-such-device|matched nothing|matches nothing/);

    writeFileSync(join(repo, "baseline.json"), JSON.stringify(waived));
    // One device gets worse: a new failure appears only there.
    const target = join(repo, "configs", "site-1", "core-r1-001.conf");
    writeFileSync(target, readFileSync(target, "utf8").replace("    services {\n", "    services {\n        xnm-clear-text;\n"));
    const run = runCli(["scan", "configs", "--certs", "certs", "--format", "json", "--baseline", "baseline.json"], { cwd: repo });
    const again = JSON.parse(run.stdout) as Report;
    expect(run.code).toBe(1);
    const fresh = again.results.filter((r) => r.baselineState === "new");
    expect(fresh.map((r) => `${r.device} ${r.ruleId}`)).toEqual(["core-r1-001 xnm-no-clear-text"]);
    expect(again.baseline?.new).toBe(1);
    // Without the new failure, the same baseline lets the build pass.
    writeFileSync(target, readFileSync(target, "utf8").replace("        xnm-clear-text;\n", ""));
    expect(runCli(["scan", "configs", "--certs", "certs", "--baseline", "baseline.json"], { cwd: repo }).code).toBe(0);
  });
});
