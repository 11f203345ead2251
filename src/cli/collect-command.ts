import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { collectFleet } from "../collectors/index.js";
import { createProgress } from "../collectors/progress.js";
import type { ExitCode } from "../errors.js";
import type { Report } from "../model/report.js";
import { rules as catalogue } from "../rules/index.js";
import type { CollectOptions } from "./options.js";
import type { auditAndReport, Io } from "./run.js";
import { loadSettings } from "./settings.js";

type Audit = typeof auditAndReport;

interface RestProbe {
  rest?: { port?: number; acceptsWithoutClientCertificate?: boolean; checkedAt?: string };
}

async function readProbe(snapshotDir: string, device: string): Promise<RestProbe | undefined> {
  try {
    return JSON.parse(await readFile(join(snapshotDir, "certs", device, "probes.json"), "utf8")) as RestProbe;
  } catch {
    return undefined;
  }
}

/**
 * `junos-audit collect`: pull every device of the inventory into snapshot files, then audit those files
 * exactly like `scan` (so every finding points at a line of a snapshot). Devices that could not be
 * collected are reported with status error and their reason.
 */
export async function collectCommand(options: CollectOptions, io: Io, audit: Audit): Promise<ExitCode> {
  const settings = loadSettings(options, io, catalogue);
  const reportOnStdout = options.targets.some((t) => t.file === undefined && t.format !== "text");
  const progress = createProgress(io.stderr, io.stderr.isTTY === true && !reportOnStdout, io.env.CI !== undefined);
  const outcome = await collectFleet({
    inventoryPath: options.inventory,
    snapshotDir: options.snapshotDir,
    concurrency: options.concurrency,
    insecureSkipVerify: options.insecureSkipVerify,
    onProgress: progress.update,
  });
  progress.stop();
  const collected = outcome.devices.filter((d) => d.status === "ok");
  const paths = collected.map((d) => join(options.snapshotDir, `${d.name}.xml`));
  const probes = new Map<string, RestProbe>();
  for (const d of collected) {
    const probe = await readProbe(options.snapshotDir, d.name);
    if (probe !== undefined) probes.set(d.name, probe);
  }
  const insecure = new Set(outcome.devices.filter((d) => d.insecure === true).map((d) => d.name));
  const amend = (report: Report): void => {
    for (const d of outcome.devices) {
      if (d.status === "ok") continue;
      report.devices.push({
        name: d.name,
        source: { uri: options.inventory, format: "unknown" },
        status: "error",
        diagnostics: [{ level: "error", code: "collect/failed", message: `${d.name}: ${d.reason ?? "collection failed"}`, uri: options.inventory }],
      });
    }
    for (const device of report.devices) if (insecure.has(device.name)) device.insecure = true;
    for (const r of report.results) {
      if (insecure.has(r.device)) {
        r.insecure = true;
        r.message = `${r.message} [collected with --insecure-skip-verify: the device's identity was not verified]`;
      }
      const probe = probes.get(r.device)?.rest;
      if (r.ruleId !== "rest-https-mutual-auth" || probe?.acceptsWithoutClientCertificate === undefined) continue;
      if (probe.acceptsWithoutClientCertificate) {
        r.status = "fail";
        // The live probe is the evidence: a result the configuration left without a line points at the snapshot.
        const source = report.devices.find((d) => d.name === r.device)?.source.uri;
        if (r.location === undefined && source !== undefined) r.location = { uri: source, startLine: 1 };
        r.message = `live probe: the REST HTTPS endpoint (port ${probe.port ?? "?"}) accepted a TLS connection without a client certificate at ${probe.checkedAt ?? "collection time"}; mutual authentication is not enforced. ${r.message}`;
      } else {
        r.message = `${r.message} (live probe: the endpoint refused a TLS connection without a client certificate)`;
      }
    }
  };
  return audit(options, settings, io, paths, join(options.snapshotDir, "certs"), amend);
}
