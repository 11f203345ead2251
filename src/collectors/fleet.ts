import pLimit from "p-limit";
import type { DeviceTarget } from "./inventory-types.js";
import { loadInventory } from "./inventory.js";
import { CollectError } from "./errors.js";
import { describeNetworkError } from "./net-errors.js";
import { collectNetconf, type CollectSettings, type DeviceEvidence } from "./netconf/collect.js";
import { collectRest } from "./rest/collect.js";
import { probeRestWithoutClientCertificate, type RestProbeResult } from "./rest/probe.js";
import { writeSnapshot } from "./snapshot.js";

export const DEFAULT_MAX_REPLY_BYTES = 256 * 1024 * 1024;
export const DEFAULT_CONCURRENCY = 16;

export interface CollectTimeouts {
  /** Overrides every device's inventory `timeout` (connect, handshake, <hello>, each reply). */
  timeoutMs?: number;
}

export interface CollectOptions {
  inventoryPath: string;
  snapshotDir: string;
  concurrency?: number | undefined;
  insecureSkipVerify?: boolean | undefined;
  maxReplyBytes?: number | undefined;
  timeouts?: CollectTimeouts | undefined;
  onProgress?: ((event: ProgressEvent) => void) | undefined;
  /** Where REST passwords are read from (default process.env). */
  env?: NodeJS.ProcessEnv | undefined;
}

export interface DeviceOutcome {
  name: string;
  host: string;
  transport: DeviceTarget["transport"];
  status: "ok" | "error";
  /** Why collection failed, for people ("connection refused", "TLS alert: unknown CA"). */
  reason?: string | undefined;
  /** Files written for this device. */
  files: string[];
  /** Collected with --insecure-skip-verify: the device's identity was not verified. */
  insecure: boolean;
  durationMs: number;
}

export interface CollectOutcome {
  snapshotDir: string;
  devices: DeviceOutcome[];
}

export type ProgressEvent =
  | { kind: "start"; total: number }
  | { kind: "device"; device: DeviceOutcome; done: number; total: number }
  | { kind: "finish"; ok: number; failed: number; total: number };

/**
 * Collects every device of the inventory into `snapshotDir`, `concurrency` at a time. A failing
 * device becomes an outcome with status "error" and a reason; it never stops the others. Throws
 * ConfigError only for the inventory itself.
 */
export async function collectFleet(options: CollectOptions, _io?: unknown): Promise<CollectOutcome> {
  const inventory = await loadInventory(options.inventoryPath);
  const total = inventory.devices.length;
  const limit = pLimit(Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY));
  const settings: CollectSettings = {
    insecureSkipVerify: options.insecureSkipVerify ?? false,
    maxReplyBytes: options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES,
    timeoutMs: options.timeouts?.timeoutMs,
  };
  const env = options.env ?? process.env;
  const notify = options.onProgress ?? (() => undefined);
  notify({ kind: "start", total });
  let done = 0;
  const devices = await Promise.all(
    inventory.devices.map((device) =>
      limit(async () => {
        const outcome = await collectDevice(device, settings, options.snapshotDir, env);
        notify({ kind: "device", device: outcome, done: ++done, total });
        return outcome;
      }),
    ),
  );
  const ok = devices.filter((d) => d.status === "ok").length;
  notify({ kind: "finish", ok, failed: total - ok, total });
  return { snapshotDir: options.snapshotDir, devices };
}

/** One device, end to end; every failure is caught here and becomes a reason. */
export async function collectDevice(
  device: DeviceTarget,
  settings: CollectSettings,
  snapshotDir: string,
  env: NodeJS.ProcessEnv,
): Promise<DeviceOutcome> {
  const started = performance.now();
  const base = { name: device.name, host: device.host, transport: device.transport, insecure: settings.insecureSkipVerify };
  try {
    const [evidence, probe] = await Promise.all([fetchEvidence(device, settings, env), probeRest(device, settings)]);
    const files = await writeSnapshot(snapshotDir, device, evidence, probe).catch((error: NodeJS.ErrnoException) => {
      throw new CollectError(`collected, but cannot write the snapshot: ${error.code ?? error.message.split("\n")[0] ?? "unknown error"}`);
    });
    return { ...base, status: "ok", files, durationMs: performance.now() - started };
  } catch (error) {
    return { ...base, status: "error", reason: describeNetworkError(error), files: [], durationMs: performance.now() - started };
  }
}

function fetchEvidence(device: DeviceTarget, settings: CollectSettings, env: NodeJS.ProcessEnv): Promise<DeviceEvidence> {
  return device.transport === "rest" ? collectRest(device, settings, env) : collectNetconf(device, settings);
}

async function probeRest(device: DeviceTarget, settings: CollectSettings): Promise<RestProbeResult | undefined> {
  if (!device.rest.probe) return undefined;
  return probeRestWithoutClientCertificate(device, { insecureSkipVerify: settings.insecureSkipVerify, timeoutMs: settings.timeoutMs });
}
