import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { BIN, ROOT } from "../helpers/exec.js";
import { startHttpsSim, type HttpsSim } from "../helpers/https-sim.js";
import { LAB_DEFAULTS, makeLab, selfSignedServer, startNetconfSim, type Lab, type NetconfSim } from "../helpers/netconf-sim.js";
import { validateReport } from "../helpers/schemas.js";

// The simulators serve from this process, so the CLI runs asynchronously (spawnSync would block them).
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", CI: "1", JUNOS_AUDIT_NOW: "2026-11-22T00:00:00Z", ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr });
    });
  });
}

let lab: Lab;
const sims: NetconfSim[] = [];
let inventory = "";

beforeAll(async () => {
  lab = await makeLab();
  const good = await startNetconfSim({ cert: lab.server.pem, key: lab.server.privateKeyPem, clientCa: lab.ca.pem, behavior: { hostName: "lab-r1", splits: [7, 1500] } });
  const selfSigned = await startNetconfSim({ ...(await selfSignedServer()), clientCa: lab.ca.pem, behavior: { hostName: "lab-r2" } });
  sims.push(good, selfSigned);
  inventory = await lab.inventory(`${LAB_DEFAULTS}devices:\n  - { name: lab-r1, host: 127.0.0.1, port: ${good.port} }\n  - { name: lab-r2, host: 127.0.0.1, port: ${selfSigned.port} }\n`);
});

afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
  await lab.cleanup();
});

describe("junos-audit collect", () => {
  it("snapshots the reachable device, audits the snapshot, and reports the other with its reason (exit 2)", async () => {
    const dir = await lab.snapshotDir();
    const run = await cli(["collect", "--inventory", inventory, "--snapshot-dir", dir, "--format", "json"]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(validateReport(report)).toEqual([]);
    expect(existsSync(join(dir, "lab-r1.xml"))).toBe(true);
    expect(existsSync(join(dir, "lab-r2.xml"))).toBe(false);
    const r1 = report.devices.find((d) => d.name === "lab-r1");
    expect(r1?.status).toBe("ok");
    expect(r1?.source.format).toBe("xml");
    const r2 = report.devices.find((d) => d.name === "lab-r2");
    expect(r2?.status).toBe("error");
    expect(r2?.diagnostics[0]?.message).toMatch(/server certificate is self-signed/);
    // Every finding of the collected device points at a line of its snapshot file.
    const located = report.results.filter((r) => r.device === "lab-r1" && r.location !== undefined);
    expect(located.length).toBeGreaterThan(0);
    const snapshotLines = readFileSync(join(dir, "lab-r1.xml"), "utf8").split("\n");
    for (const r of located) {
      expect(r.location?.uri.endsWith("lab-r1.xml")).toBe(true);
      expect(r.location!.startLine).toBeLessThanOrEqual(snapshotLines.length);
    }
    // The progress lines go to stderr (one per device in CI), never into the JSON on stdout.
    expect(run.stderr).toMatch(/lab-r1/);
  });

  it("--insecure-skip-verify collects the self-signed device and marks every one of its results", async () => {
    const dir = await lab.snapshotDir();
    const run = await cli(["collect", "--inventory", inventory, "--snapshot-dir", dir, "--format", "json", "--insecure-skip-verify"]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.devices.find((d) => d.name === "lab-r2")?.insecure).toBe(true);
    const results = report.results.filter((r) => r.device === "lab-r2");
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.insecure === true)).toBe(true);
  });

  it("rejects an inventory with a password in it, naming the line", async () => {
    const bad = await lab.inventory(`${LAB_DEFAULTS}devices:\n  - { name: x, host: 127.0.0.1, rest: { username: a, password: hunter2 } }\n`, "bad.yaml");
    const run = await cli(["collect", "--inventory", bad, "--snapshot-dir", await lab.snapshotDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yaml:\d+/);
    expect(run.stderr).toMatch(/password-env/);
    expect(run.stderr).not.toContain("hunter2");
  });
});

describe("junos-audit collect over the REST API", () => {
  let rest: HttpsSim | undefined;
  afterAll(async () => {
    await rest?.close();
  });

  it("turns a live probe that got in without a client certificate into a failing rest-https-mutual-auth result", async () => {
    rest = await startHttpsSim({ cert: lab.server.pem, key: lab.server.privateKeyPem, clientCa: lab.ca.pem, requireClientCertificate: false, username: "auditor", password: "s3cret-pw", hostName: "lab-rest" });
    const inventory = await lab.inventory(
      `${LAB_DEFAULTS}devices:\n  - { name: lab-rest, host: 127.0.0.1, transport: rest, port: ${rest.port}, rest: { username: auditor, password-env: JUNOS_REST_PASSWORD, probe: true } }\n`,
      "rest.yaml",
    );
    const run = await cli(["collect", "--inventory", inventory, "--snapshot-dir", await lab.snapshotDir(), "--format", "json"], { JUNOS_REST_PASSWORD: "s3cret-pw" });
    expect(run.stdout).not.toContain("s3cret-pw");
    expect(run.stderr).not.toContain("s3cret-pw");
    const report = JSON.parse(run.stdout) as Report;
    expect(report.devices.find((d) => d.name === "lab-rest")?.status).toBe("ok");
    const mutual = report.results.find((r) => r.device === "lab-rest" && r.ruleId === "rest-https-mutual-auth");
    expect(mutual?.status).toBe("fail");
    expect(mutual?.location?.uri).toMatch(/lab-rest\.xml$/);
    expect(mutual?.message).toMatch(/live probe: the REST HTTPS endpoint \(port \d+\) accepted a TLS connection without a client certificate/);
  });
});
