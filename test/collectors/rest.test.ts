import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFleet, type DeviceOutcome } from "../../src/collectors/index.js";
import { startHttpsSim, type HttpsSim, type HttpsSimOptions } from "../helpers/https-sim.js";
import { LAB_DEFAULTS, makeLab, selfSignedServer, startNetconfSim, type Lab } from "../helpers/netconf-sim.js";

let lab: Lab;
const servers: { close(): Promise<void> }[] = [];
const ENV = { JUNOS_REST_PASSWORD: "s3cret-pw" };

beforeAll(async () => {
  lab = await makeLab();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await lab.cleanup();
});

async function https(options: Partial<HttpsSimOptions> = {}): Promise<HttpsSim> {
  const sim = await startHttpsSim({ ...lab.serverTls, password: "s3cret-pw", ...options });
  servers.push(sim);
  return sim;
}

async function run(deviceYaml: string, env: NodeJS.ProcessEnv = ENV, maxReplyBytes?: number): Promise<{ outcome: DeviceOutcome; dir: string }> {
  const inventory = await lab.inventory(`${LAB_DEFAULTS}devices:\n  - ${deviceYaml}\n`, `inv-${Math.random()}.yaml`);
  const dir = await lab.snapshotDir();
  const result = await collectFleet({ inventoryPath: inventory, snapshotDir: dir, env, maxReplyBytes, timeouts: { timeoutMs: 400 } });
  return { outcome: result.devices[0] as DeviceOutcome, dir };
}

const restDevice = (port: number, probe = false): string =>
  `{ name: r1, host: 127.0.0.1, transport: rest, port: ${port}, rest: { username: auditor, password-env: JUNOS_REST_PASSWORD, probe: ${probe} } }`;

describe("REST transport", () => {
  it("collects the configuration and PKI replies with client certificate + basic auth, and probes mutual TLS", async () => {
    const sim = await https({ hostName: "r1", localCertificateId: "" });
    const { outcome, dir } = await run(restDevice(sim.port, true));
    expect(outcome).toMatchObject({ status: "ok", transport: "rest" });
    expect(sim.received).toEqual(["POST /rpc/get-configuration", "POST /rpc/get-pki-local-certificate", "POST /rpc/get-pki-ca-certificate"]);
    expect(await readFile(join(dir, "r1.xml"), "utf8")).toContain("<host-name>r1</host-name>");
    expect(await readFile(join(dir, "certs/r1/local-certificates.xml"), "utf8")).toContain("x509-pki-certificate-info-list");
    expect(await readFile(join(dir, "certs/r1/served/rest-https.pem"), "utf8")).toContain(lab.server.pem.trim());
    const probes = JSON.parse(await readFile(join(dir, "certs/r1/probes.json"), "utf8")) as { rest: Record<string, unknown> };
    expect(probes.rest).toMatchObject({ port: sim.port, acceptsWithoutClientCertificate: false });
    expect(new Date(probes.rest.checkedAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
    for (const file of outcome.files) expect(await readFile(file, "utf8")).not.toContain("s3cret-pw");
  });

  it("the probe notices an endpoint that accepts TLS without a client certificate", async () => {
    const sim = await https({ clientCa: lab.ca.pem, requireClientCertificate: false });
    const { outcome, dir } = await run(restDevice(sim.port, true));
    expect(outcome.status).toBe("ok");
    const probes = JSON.parse(await readFile(join(dir, "certs/r1/probes.json"), "utf8")) as { rest: Record<string, unknown> };
    expect(probes.rest).toMatchObject({ port: sim.port, acceptsWithoutClientCertificate: true });
  });

  it("a NETCONF device whose REST port is closed gets a probe that says why it could not tell", async () => {
    const netconf = await startNetconfSim({ cert: lab.server.pem, key: lab.server.privateKeyPem, clientCa: lab.ca.pem });
    servers.push(netconf);
    const closed = await https();
    await closed.close();
    const { outcome, dir } = await run(`{ name: r1, host: 127.0.0.1, port: ${netconf.port}, rest: { port: ${closed.port}, probe: true } }`);
    expect(outcome.status).toBe("ok");
    const probes = JSON.parse(await readFile(join(dir, "certs/r1/probes.json"), "utf8")) as { rest: Record<string, unknown> };
    expect(probes.rest).toEqual({ port: closed.port, checkedAt: expect.any(String), error: "connection refused" });
  });

  it("wrong password → HTTP 401 reason, password never echoed", async () => {
    const sim = await https();
    const { outcome } = await run(restDevice(sim.port), { JUNOS_REST_PASSWORD: "wrong" });
    expect(outcome.reason).toBe("REST API refused the credentials (HTTP 401)");
  });

  it("missing password environment variable", async () => {
    const sim = await https();
    const { outcome } = await run(restDevice(sim.port), {});
    expect(outcome.reason).toBe("environment variable JUNOS_REST_PASSWORD (REST password) is not set");
  });

  it("oversize reply", async () => {
    const sim = await https({ configBytes: 300 * 1024 });
    const { outcome } = await run(restDevice(sim.port), ENV, 64 * 1024);
    expect(outcome.reason).toBe("reply exceeded 64 KB");
  });

  it("self-signed server certificate", async () => {
    const sim = await https(await selfSignedServer());
    expect((await run(restDevice(sim.port))).outcome.reason).toBe("server certificate is self-signed");
  });

  it("slow reply", async () => {
    const sim = await https({ replyDelayMs: 2000 });
    expect((await run(restDevice(sim.port))).outcome.reason).toBe("timed out after 400 ms waiting for the reply to <get-configuration>");
  });
});
