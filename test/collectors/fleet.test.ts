import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFleet, type ProgressEvent } from "../../src/collectors/index.js";
import { LAB_DEFAULTS, makeLab, selfSignedServer, startNetconfSim, type DeviceBehavior, type Lab, type NetconfSim } from "../helpers/netconf-sim.js";

let lab: Lab;
const sims: NetconfSim[] = [];
afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
  await lab.cleanup();
});

async function sim(behavior: DeviceBehavior, server?: { cert: string; key: string }): Promise<number> {
  const s = await startNetconfSim({ cert: server?.cert ?? lab.server.pem, key: server?.key ?? lab.server.privateKeyPem, clientCa: lab.ca.pem, behavior });
  sims.push(s);
  return s.port;
}

const expectedFailures: Record<string, string> = {};
let inventoryYaml = "";

beforeAll(async () => {
  lab = await makeLab();
  const healthyJunos = await sim({ splits: [17, 3, 1024] });
  const healthyRfc = await sim({ flavor: "rfc6241", base11: false, splits: [9] });
  const closed = await startNetconfSim({ cert: lab.server.pem, key: lab.server.privateKeyPem });
  await closed.close();
  const failing: [string, number, string][] = [
    ["silent", await sim({ silent: true }), "timed out after 400 ms waiting for <hello>"],
    ["selfsigned", await sim({}, await selfSignedServer()), "server certificate is self-signed"],
    ["garbage", await sim({ garbage: "HTTP/1.1 400 Bad Request\r\n" }), 'garbage on the wire: expected a NETCONF <hello>, got "HTTP/1.1 400 Bad Request??"'],
    ["denied", await sim({ rpcError: "permission denied" }), "<get-configuration> failed: permission denied"],
    ["down-1", closed.port, "connection refused"],
    ["down-2", closed.port, "connection refused"],
  ];
  // Failing devices interleaved with healthy ones: every third entry fails.
  const lines: string[] = [];
  let healthy = 0;
  for (let i = 0; i < 20; i++) {
    const failure = i % 3 === 1 ? failing.shift() : undefined;
    if (failure !== undefined) {
      lines.push(`  - { name: ${failure[0]}, host: 127.0.0.1, port: ${failure[1]} }`);
      expectedFailures[failure[0]] = failure[2];
    } else {
      healthy += 1;
      lines.push(`  - { name: core-${healthy}, host: 127.0.0.1, port: ${healthy % 2 === 0 ? healthyJunos : healthyRfc}, tags: [core] }`);
    }
  }
  inventoryYaml = `${LAB_DEFAULTS}devices:\n${lines.join("\n")}\n`;
});

describe("a fleet of 20 simulated devices", () => {
  it("collects the healthy ones, reports each failure with its reason, and never stops early", async () => {
    const events: ProgressEvent[] = [];
    const dir = await lab.snapshotDir();
    const result = await collectFleet({
      inventoryPath: await lab.inventory(inventoryYaml, "fleet.yaml"),
      snapshotDir: dir,
      concurrency: 4,
      timeouts: { timeoutMs: 400 },
      onProgress: (e) => events.push(e),
    });
    expect(result.devices).toHaveLength(20);
    const failed = Object.fromEntries(result.devices.filter((d) => d.status === "error").map((d) => [d.name, d.reason]));
    expect(failed).toEqual(expectedFailures);
    const ok = result.devices.filter((d) => d.status === "ok").map((d) => d.name);
    expect(ok.sort()).toEqual(Array.from({ length: 14 }, (_, i) => `core-${i + 1}`).sort());
    const written = (await readdir(dir)).filter((f) => f.endsWith(".xml")).sort();
    expect(written).toEqual(ok.map((n) => `${n}.xml`).sort());
    expect(await readFile(join(dir, "core-2.xml"), "utf8")).toContain("<configuration");
    expect(await readdir(join(dir, "certs/core-2"))).toEqual(["ca-certificates.xml", "local-certificates.xml", "netconf-server-cert.pem"]);

    expect(events[0]).toEqual({ kind: "start", total: 20 });
    const deviceEvents = events.filter((e) => e.kind === "device");
    expect(deviceEvents.map((e) => e.done)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(events[events.length - 1]).toEqual({ kind: "finish", ok: 14, failed: 6, total: 20 });
  });
});
