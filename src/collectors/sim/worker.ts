import { parentPort, workerData } from "node:worker_threads";
import { startNetconfSim, type DeviceBehavior, type NetconfSim } from "./netconf-server.js";

/**
 * Runs NETCONF simulators in a worker thread, so a benchmark measures the collector on its own core
 * rather than sharing one with the simulated devices. Posts `{ ports }`; closes on "close".
 */
interface SimWorkerData {
  cert: string;
  key: string;
  clientCa: string;
  behavior: DeviceBehavior;
  servers: number;
}

const data = workerData as SimWorkerData;
const sims: NetconfSim[] = [];
for (let i = 0; i < data.servers; i++) {
  sims.push(await startNetconfSim({ cert: data.cert, key: data.key, clientCa: data.clientCa, behavior: data.behavior }));
}
parentPort?.postMessage({ ports: sims.map((s) => s.port) });
parentPort?.on("message", (message) => {
  if (message !== "close") return;
  void Promise.all(sims.map((s) => s.close())).then(() => parentPort?.close());
});
