/**
 * A real TLS peer that refuses our client certificate with an alert during the handshake:
 * `openssl s_server -Verify` over TLS 1.2 trusting another CA (Node's own TLS server verifies client
 * certificates only after the handshake, so it cannot send this alert). Skipped without openssl.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFleet } from "../../src/collectors/index.js";
import { makeCA } from "../helpers/certs.js";
import { LAB_DEFAULTS, makeLab, type Lab } from "../helpers/netconf-sim.js";

const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;
let lab: Lab;
let server: ChildProcess | undefined;
let port = 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port: p } = probe.address() as { port: number };
      probe.close(() => resolve(p));
    });
  });
}

beforeAll(async () => {
  if (!hasOpenssl) return;
  lab = await makeLab();
  const otherCa = await makeCA({ name: "CN=Some Other CA" });
  await writeFile(join(lab.dir, "server.pem"), lab.server.pem);
  await writeFile(join(lab.dir, "server.key"), lab.server.privateKeyPem);
  await writeFile(join(lab.dir, "other-ca.pem"), otherCa.pem);
  port = await freePort();
  server = spawn("openssl", ["s_server", "-accept", `127.0.0.1:${port}`, "-cert", "server.pem", "-key", "server.key", "-CAfile", "other-ca.pem", "-Verify", "1", "-verify_return_error", "-tls1_2", "-quiet"], { cwd: lab.dir, stdio: "ignore" });
  // Wait (bounded) until it listens.
  for (let i = 0; i < 50; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = createServer().once("error", () => resolve(true)).listen(port, "127.0.0.1", () => s.close(() => resolve(false)));
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
});

afterAll(async () => {
  server?.kill();
  await lab?.cleanup();
});

describe.skipIf(!hasOpenssl)("a device that does not trust our client certificate", () => {
  it("is reported with the TLS alert it sent", async () => {
    const inventory = await lab.inventory(`${LAB_DEFAULTS}devices:\n  - { name: picky, host: 127.0.0.1, port: ${port} }\n`);
    const outcome = await collectFleet({ inventoryPath: inventory, snapshotDir: await lab.snapshotDir(), concurrency: 1 });
    const device = outcome.devices[0];
    expect(device?.status).toBe("error");
    expect(device?.reason).toMatch(/^TLS alert: unknown CA/);
  });
});
