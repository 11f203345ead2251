import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFleet, type DeviceOutcome } from "../../src/collectors/index.js";
import { daysFromNow, makeCert, makeChain } from "../helpers/certs.js";
import {
  ecdsaServer,
  foreignClient,
  LAB_DEFAULTS,
  makeLab,
  selfSignedServer,
  startNetconfSim,
  type DeviceBehavior,
  type Lab,
  type NetconfSim,
} from "../helpers/netconf-sim.js";

let lab: Lab;
const sims: NetconfSim[] = [];
beforeAll(async () => {
  lab = await makeLab();
});
afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
  await lab.cleanup();
});

interface RunOptions {
  server?: { cert: string; key: string };
  clientCa?: string | undefined;
  extra?: string;
  maxReplyBytes?: number;
  insecureSkipVerify?: boolean;
  port?: number;
}

async function sim(behavior: DeviceBehavior, options: RunOptions = {}): Promise<NetconfSim> {
  const server = options.server ?? lab.serverTls;
  const s = await startNetconfSim({ cert: server.cert, key: server.key, clientCa: "clientCa" in options ? options.clientCa : lab.ca.pem, behavior });
  sims.push(s);
  return s;
}

async function collectOne(behavior: DeviceBehavior, options: RunOptions = {}): Promise<{ outcome: DeviceOutcome; dir: string; sim?: NetconfSim }> {
  const s = options.port === undefined ? await sim(behavior, options) : undefined;
  const port = options.port ?? s?.port;
  const inventory = await lab.inventory(`${LAB_DEFAULTS}devices:\n  - { name: r1, host: 127.0.0.1, port: ${port}${options.extra ?? ""} }\n`, `inv-${Math.random()}.yaml`);
  const dir = await lab.snapshotDir();
  const result = await collectFleet({
    inventoryPath: inventory,
    snapshotDir: dir,
    maxReplyBytes: options.maxReplyBytes,
    insecureSkipVerify: options.insecureSkipVerify,
    timeouts: { timeoutMs: 400 },
  });
  const outcome = result.devices[0] as DeviceOutcome;
  return s === undefined ? { outcome, dir } : { outcome, dir, sim: s };
}

describe("NETCONF over TLS: successful collection", () => {
  it("Junos, chunked framing, replies split at odd sizes: config, PKI replies and the served chain", async () => {
    const { outcome, dir, sim: s } = await collectOne({ flavor: "junos", splits: [1, 7, 3, 13, 64], hostName: "r1" });
    expect(outcome).toMatchObject({ name: "r1", status: "ok", insecure: false });
    expect(s?.received).toEqual(["get-configuration", "get-pki-local-certificate", "get-pki-ca-certificate", "close-session"]);
    const config = await readFile(join(dir, "r1.xml"), "utf8");
    expect(config).toMatch(/^<rpc-reply [^>]*message-id="1">/);
    expect(config).toContain("<host-name>r1</host-name>");
    expect(await readFile(join(dir, "certs/r1/local-certificates.xml"), "utf8")).toContain("<identifier>netconf-server-cert</identifier>");
    expect(await readFile(join(dir, "certs/r1/ca-certificates.xml"), "utf8")).toContain("<identifier>clientRootCA</identifier>");
    expect(await readFile(join(dir, "certs/r1/netconf-server-cert.pem"), "utf8")).toContain(lab.server.pem.trim());
    expect(outcome.files.map((f) => f.slice(dir.length + 1)).sort()).toEqual([
      "certs/r1/ca-certificates.xml",
      "certs/r1/local-certificates.xml",
      "certs/r1/netconf-server-cert.pem",
      "r1.xml",
    ]);
  });

  it("plain RFC 6241 server with base:1.0 only: <get-config> in end-of-message framing, chain under served/", async () => {
    const { outcome, dir, sim: s } = await collectOne({ flavor: "rfc6241", base11: false, splits: [5, 2], localCertificateId: "" });
    expect(outcome.status).toBe("ok");
    expect(s?.received).toEqual(["get-config", "close-session"]);
    expect(await readFile(join(dir, "r1.xml"), "utf8")).toContain("<data><configuration");
    expect(await readdir(join(dir, "certs/r1"))).toEqual(["served"]);
    expect(await readFile(join(dir, "certs/r1/served/netconf-tls.pem"), "utf8")).toContain(lab.server.pem.trim());
  });

  it("saves the whole chain the device presents (leaf and intermediate), verified up to the inventory root", async () => {
    const chain = await makeChain({ subject: "CN=r1.lab", bits: 2048, san: { ip: ["127.0.0.1"] } }, { root: "CN=Chain Root", intermediate: "CN=Chain Intermediate" });
    await writeFile(join(lab.dir, "pki/chain-root.crt"), chain.root.pem);
    const { outcome, dir } = await collectOne(
      {},
      { server: { cert: chain.chainPem, key: chain.leaf.privateKeyPem }, extra: ", tls: { ca: pki/chain-root.crt }" },
    );
    expect(outcome.status).toBe("ok");
    const served = await readFile(join(dir, "certs/r1/netconf-server-cert.pem"), "utf8");
    expect(served.indexOf(chain.leaf.pem.trim())).toBe(0);
    expect(served).toContain(chain.intermediate.pem.trim());
  });

  it("a server with an ECDSA certificate signed by the inventory CA", async () => {
    const { outcome, dir } = await collectOne({}, { server: await ecdsaServer(lab.ca) });
    expect(outcome.status).toBe("ok");
    expect(await readFile(join(dir, "certs/r1/netconf-server-cert.pem"), "utf8")).toMatch(/BEGIN CERTIFICATE/);
  });

  it("--insecure-skip-verify collects from a self-signed server and marks the result insecure", async () => {
    const { outcome } = await collectOne({}, { server: await selfSignedServer(), insecureSkipVerify: true });
    expect(outcome).toMatchObject({ status: "ok", insecure: true });
  });
});

describe("NETCONF over TLS: every failure is a reason, never a crash", () => {
  it("connection refused", async () => {
    const closed = await sim({});
    await closed.close();
    const { outcome } = await collectOne({}, { port: closed.port });
    expect(outcome).toMatchObject({ status: "error", reason: "connection refused", files: [] });
  });

  it("timed out waiting for <hello>", async () => {
    expect((await collectOne({ silent: true })).outcome.reason).toBe("timed out after 400 ms waiting for <hello>");
  });

  it("a slow reply", async () => {
    expect((await collectOne({ replyDelayMs: 2000 })).outcome.reason).toBe("timed out after 400 ms waiting for the reply to <get-configuration>");
  });

  it("server certificate is self-signed", async () => {
    expect((await collectOne({}, { server: await selfSignedServer() })).outcome.reason).toBe("server certificate is self-signed");
  });

  it("server certificate has expired", async () => {
    const expired = await makeCert({ subject: "CN=old", issuer: lab.ca, bits: 2048, san: { ip: ["127.0.0.1"] }, notBefore: daysFromNow(-30), notAfter: daysFromNow(-1) });
    const { outcome } = await collectOne({}, { server: { cert: expired.pem, key: expired.privateKeyPem } });
    expect(outcome.reason).toBe("server certificate has expired");
  });

  it("the device does not trust our client certificate (closes after the handshake)", async () => {
    const stranger = await foreignClient();
    await writeFile(join(lab.dir, "pki/stranger.crt"), stranger.client.pem);
    await writeFile(join(lab.dir, "pki/stranger.key"), stranger.client.privateKeyPem);
    const { outcome } = await collectOne({}, { extra: ", tls: { ca: pki/ca.crt, cert: pki/stranger.crt, key: pki/stranger.key }" });
    // A Node TLS server (like tls-proxyd) checks the client chain after the handshake and closes.
    expect(outcome.reason).toBe(
      "connection closed by the device right after the TLS handshake, before <hello>: it probably does not accept our client certificate (unknown CA) or maps it to no NETCONF user",
    );
  });

  it("garbage on the wire instead of <hello> (an SSH server on the port)", async () => {
    const { outcome } = await collectOne({ garbage: "SSH-2.0-OpenSSH_9.6\r\n" });
    expect(outcome.reason).toBe('garbage on the wire: expected a NETCONF <hello>, got "SSH-2.0-OpenSSH_9.6??"');
  });

  it("oversize reply", async () => {
    const { outcome } = await collectOne({ configBytes: 200 * 1024, splits: [4096] }, { maxReplyBytes: 64 * 1024 });
    expect(outcome.reason).toBe("reply exceeded 64 KB");
  });

  it("rpc-error with its error-message", async () => {
    const { outcome } = await collectOne({ rpcError: "permission denied" });
    expect(outcome.reason).toBe("<get-configuration> failed: permission denied");
  });

  it("connection closed in the middle of a reply", async () => {
    const { outcome } = await collectOne({ configBytes: 50_000, closeMidReply: true });
    expect(outcome.reason).toMatch(/^connection closed by the device in the middle of a reply \(after \d+(\.\d)? KB\)$/);
  });

  it("a reply to somebody else's message-id", async () => {
    const { outcome } = await collectOne({ wrongMessageId: "99" });
    expect(outcome.reason).toBe("reply message-id 99 does not match request 1 (<get-configuration>)");
  });

  it("nothing is written for a failed device", async () => {
    const { dir } = await collectOne({ rpcError: "boom" });
    await expect(readdir(dir)).rejects.toThrow(/ENOENT/);
  });
});
