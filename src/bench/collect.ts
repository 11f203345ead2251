/**
 * Live collection throughput: simulated Junos devices on loopback (NETCONF over TLS, chunked
 * framing, replies split across TCP writes), collected with concurrency 64 into a temp dir.
 * Prints devices/s and sampled peak RSS / heap for a 100- and a 500-device fleet: the peaks
 * should not grow with the fleet (p-limit keeps 64 sessions in flight; nothing is kept per device
 * but its outcome). Target: >= 200 devices/s.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { collectFleet } from "../collectors/fleet.js";
import { makeSimPki } from "../collectors/sim/certs.js";
import { once } from "node:events";
import { Worker } from "node:worker_threads";

const CONCURRENCY = 64;
const SIMULATORS = 8;
const TARGET_PER_SECOND = 200;

interface Measurement {
  devices: number;
  ok: number;
  seconds: number;
  peakRssMb: number;
  peakHeapMb: number;
  /** CPU time of the whole process (collector + simulated devices in the worker thread), per device. */
  cpuMsPerDevice: number;
}

async function measure(devices: number, ports: number[], dir: string): Promise<Measurement> {
  const lines = Array.from({ length: devices }, (_, i) => `  - { name: sim-${i}, host: 127.0.0.1, port: ${ports[i % ports.length] ?? 0} }`);
  const inventory = join(dir, `inventory-${devices}.yaml`);
  await writeFile(
    inventory,
    `defaults:\n  timeout: 20s\n  tls: { ca: ca.crt, cert: client.crt, key: client.key }\n  rest: { probe: false }\ndevices:\n${lines.join("\n")}\n`,
  );
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const sampler = setInterval(sample, 10);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const outcome = await collectFleet({ inventoryPath: inventory, snapshotDir: join(dir, `snapshot-${devices}`), concurrency: CONCURRENCY });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  sample();
  const ok = outcome.devices.filter((d) => d.status === "ok").length;
  const firstError = outcome.devices.find((d) => d.status === "error");
  if (firstError !== undefined) console.log(`  first failure: ${firstError.name}: ${firstError.reason ?? "?"}`);
  return { devices, ok, seconds, peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20, cpuMsPerDevice: (cpu.user + cpu.system) / 1000 / devices };
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "junos-audit-bench-collect-"));
  const pki = await makeSimPki();
  await writeFile(join(dir, "ca.crt"), pki.caPem);
  await writeFile(join(dir, "client.crt"), pki.client.cert);
  await writeFile(join(dir, "client.key"), pki.client.key);
  // The simulated devices run in a worker thread: the collector gets the main thread to itself.
  const worker = new Worker(new URL("../collectors/sim/worker.js", import.meta.url), {
    workerData: { ...pki.server, clientCa: pki.caPem, behavior: { splits: [4093, 16384], configBytes: 20_000 }, servers: SIMULATORS },
  });
  try {
    const [ready] = (await once(worker, "message")) as [{ ports: number[] }];
    const ports = ready.ports;
    await measure(20, ports, dir); // warm-up: JIT, TLS contexts
    const results: Measurement[] = [];
    for (const devices of [100, 500]) results.push(await measure(devices, ports, dir));
    for (const r of results) {
      const rate = r.devices / r.seconds;
      console.log(
        `${String(r.devices).padStart(4)} devices: ${r.ok} ok in ${r.seconds.toFixed(2)} s = ${rate.toFixed(0)} devices/s ` +
          `(target >= ${TARGET_PER_SECOND}) | ${r.cpuMsPerDevice.toFixed(1)} ms CPU per device (collector + simulated devices, both threads) | peak RSS ${r.peakRssMb.toFixed(0)} MB, peak heap ${r.peakHeapMb.toFixed(0)} MB`,
      );
    }
    console.log(`machine: ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} (devices/s is CPU-bound: compare with the CPU per device)`);
    const [small, large] = results;
    if (small !== undefined && large !== undefined) {
      console.log(
        `memory, 500 vs 100 devices: peak RSS x${(large.peakRssMb / small.peakRssMb).toFixed(2)}, peak heap x${(large.peakHeapMb / small.peakHeapMb).toFixed(2)} (flat ≈ x1)`,
      );
    }
  } finally {
    worker.postMessage("close");
    await once(worker, "exit");
    await rm(dir, { recursive: true, force: true });
  }
}
