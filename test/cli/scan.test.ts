import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { runCli } from "../helpers/exec.js";
import { validateReport, validateSarif } from "../helpers/schemas.js";

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "junos-audit-cli-"));
}

function json(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}

describe("junos-audit scan on the bundled examples", () => {
  const run = runCli(["scan", "examples/configs", "--certs", "examples/certs", "--format", "json"]);
  const report = json(run.stdout);

  it("exits 1 because the examples contain failing controls, and the report is schema-valid", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(validateReport(report)).toEqual([]);
  });

  it("reads all four formats as devices named by host-name and skips the README with a note", () => {
    expect(report.devices.map((d) => [d.name, d.source.format, d.status]).sort()).toEqual([
      ["branch-fw1", "json", "ok"],
      ["core-r1", "curly", "ok"],
      ["dc-spine1", "xml", "ok"],
      ["edge-r2", "set", "ok"],
    ]);
    const note = report.diagnostics.find((d) => d.uri === "examples/configs/README.md");
    expect(note?.level).toBe("info");
  });

  it("points a failure at the statement's line with a repo-relative uri", () => {
    const http = report.results.find((r) => r.ruleId === "rest-no-http" && r.device === "edge-r2");
    expect(http?.status).toBe("fail");
    expect(http?.location).toEqual({ uri: "examples/configs/edge-r2.set", startLine: 11 });
  });

  it("names the group and the apply-groups line for an inherited statement", () => {
    const grpc = report.results.find((r) => r.ruleId === "grpc-ssl-mutual-auth" && r.device === "dc-spine1");
    expect(grpc?.status).toBe("fail");
    expect(grpc?.inherited?.group).toBe("GRPC-BASE");
    expect(grpc?.inherited?.applyGroups).toEqual({ uri: "examples/configs/dc-spine1.xml", startLine: 26 });
  });

  it("never copies a secret from the configuration into the report", () => {
    expect(run.stdout).not.toContain("$6$abcdefgh");
  });

  it("gives the same fingerprints on a second run", () => {
    const again = json(runCli(["scan", "examples/configs", "--certs", "examples/certs", "--format", "json"]).stdout);
    expect(again.results.map((r) => r.fingerprint)).toEqual(report.results.map((r) => r.fingerprint));
  });
});

describe("exit codes and bad input", () => {
  it("exits 0 on a clean configuration and 1 with --fail-on low when something fails", () => {
    const dir = tmp();
    writeFileSync(join(dir, "ok.set"), "set system host-name ok\nset system services ssh\n");
    expect(runCli(["scan", dir]).code).toBe(0);
    writeFileSync(join(dir, "bad.set"), "set system host-name bad\nset system services xnm-clear-text\n");
    const run = runCli(["scan", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/xnm-no-clear-text/);
  });

  it("--fail-on critical ignores a high failure", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.set"), "set system host-name bad\nset system services xnm-clear-text\n");
    expect(runCli(["scan", dir, "--fail-on", "critical"]).code).toBe(0);
  });

  it("exits 2 when one file cannot be parsed, still reporting the others, with file and line", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a-broken.conf"), "system {\n    host-name broken;\n    services {\n        ssh;\n}\n");
    writeFileSync(join(dir, "b-good.set"), "set system host-name good\nset system services xnm-clear-text\n");
    const run = runCli(["scan", dir, "--format", "json"]);
    expect(run.code).toBe(2);
    const report = json(run.stdout);
    expect(validateReport(report)).toEqual([]);
    const broken = report.devices.find((d) => d.source.uri.endsWith("a-broken.conf"));
    expect(broken?.status).toBe("error");
    const error = broken?.diagnostics.find((d) => d.level === "error");
    expect(error?.line).toBe(1);
    expect(error?.message).toMatch(/'}'/);
    expect(report.results.some((r) => r.device === "good" && r.ruleId === "xnm-no-clear-text" && r.status === "fail")).toBe(true);
  });

  it("reports invalid UTF-8 and binary files with their line, never a stack trace", () => {
    const dir = tmp();
    writeFileSync(join(dir, "latin1.set"), Buffer.concat([Buffer.from("set system host-name x\nset system location \""), Buffer.from([0xe9, 0x22, 0x0a])]));
    writeFileSync(join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const run = runCli(["scan", dir, "--format", "json"]);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    const report = json(run.stdout);
    const utf8 = report.devices.flatMap((d) => d.diagnostics).find((d) => d.code === "input/invalid-utf8");
    expect(utf8?.line).toBe(2);
    const binary = report.diagnostics.find((d) => d.code === "input/binary");
    expect(binary?.uri.endsWith("image.png")).toBe(true);
    expect(run.code).toBe(2);
  });

  it("exits 2 with a clear message for usage errors", () => {
    const run = runCli(["scan", "examples/configs", "--format", "yaml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format must be one of text, json, sarif, html/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(["scan"]).code).toBe(2);
    expect(runCli(["frobnicate"]).stderr).toMatch(/unknown command/);
  });

  it("a missing path is an error diagnostic naming it", () => {
    const run = runCli(["scan", "does/not/exist.conf", "--format", "json"]);
    expect(run.code).toBe(2);
    expect(json(run.stdout).diagnostics[0]?.uri).toBe("does/not/exist.conf");
  });

  it("reads a configuration from stdin with -", () => {
    const run = runCli(["scan", "-", "--format", "json"], { input: "set system host-name piped\nset system services xnm-clear-text\n" });
    const report = json(run.stdout);
    expect(report.devices[0]?.name).toBe("piped");
    expect(run.code).toBe(1);
  });

  it("keeps two inputs with the same host-name apart", () => {
    const dir = tmp();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "a", "r.set"), "set system host-name twin\n");
    writeFileSync(join(dir, "b", "r.set"), "set system host-name twin\n");
    const report = json(runCli(["scan", dir, "--format", "json"]).stdout);
    const names = report.devices.map((d) => d.name);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe("twin");
    expect(names[1]).toMatch(/^twin \(.*b\/r\.set\)$/);
  });
});

describe("several reports from one run", () => {
  it("writes json, sarif, html and text atomically and leaves no temporary file", () => {
    const dir = tmp();
    const out = join(dir, "out");
    const run = runCli([
      "scan", "examples/configs", "--certs", "examples/certs",
      "--report", `json=${join(out, "r.json")}`, "--report", `sarif=${join(out, "r.sarif")}`,
      "--report", `html=${join(out, "r.html")}`, "--report", `text=${join(out, "r.txt")}`,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/edge-r2/); // the text summary still goes to stdout
    expect(readdirSync(out).sort()).toEqual(["r.html", "r.json", "r.sarif", "r.txt"]);
    expect(validateReport(JSON.parse(readFileSync(join(out, "r.json"), "utf8")))).toEqual([]);
    expect(validateSarif(JSON.parse(readFileSync(join(out, "r.sarif"), "utf8")))).toEqual([]);
    expect(readFileSync(join(out, "r.html"), "utf8")).toMatch(/^<!DOCTYPE html>/i);
    expect(existsSync(join(out, "r.txt"))).toBe(true);
  });
});

describe("junos-audit rules", () => {
  it("lists the catalogue as text and JSON", () => {
    const text = runCli(["rules"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/rest-https-mutual-auth\s+high/);
    const list = JSON.parse(runCli(["rules", "--format", "json"]).stdout) as { id: string; helpUri: string }[];
    expect(list.length).toBeGreaterThanOrEqual(32);
    expect(list.find((r) => r.id === "cert-validity")?.helpUri).toMatch(/docs\/rules\/cert-validity\.md$/);
  });
});
