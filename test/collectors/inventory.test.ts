import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadInventory } from "../../src/collectors/inventory.js";
import { ConfigError } from "../../src/errors.js";
import { makeLab, type Lab } from "../helpers/netconf-sim.js";

let lab: Lab;
beforeAll(async () => {
  lab = await makeLab();
});
afterAll(() => lab.cleanup());

async function load(yaml: string) {
  return loadInventory(await lab.inventory(yaml));
}

async function failure(yaml: string): Promise<ConfigError> {
  const error = await load(yaml).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

const TLS = "  tls: { ca: pki/ca.crt, cert: pki/client.crt, key: pki/client.key }\n";

describe("inventory", () => {
  it("applies defaults, per-device overrides and reads the TLS files relative to the inventory", async () => {
    const inv = await load(`defaults:
  transport: netconf-tls
  timeout: 10s
${TLS}  rest: { username: auditor, password-env: JUNOS_REST_PASSWORD }
devices:
  - { name: r1, host: 192.0.2.10 }
  - { name: r2, host: r2.example.net, port: 16513, tags: [core], timeout: 500ms }
  - { name: r3, host: 192.0.2.30, transport: rest }
`);
    expect(inv.devices.map((d) => [d.name, d.host, d.port, d.transport, d.timeoutMs, d.line])).toEqual([
      ["r1", "192.0.2.10", 6513, "netconf-tls", 10_000, 7],
      ["r2", "r2.example.net", 16513, "netconf-tls", 500, 8],
      ["r3", "192.0.2.30", 3443, "rest", 10_000, 9],
    ]);
    expect(inv.devices[1]?.tags).toEqual(["core"]);
    expect(inv.devices[0]?.tls.cert?.toString()).toBe(lab.client.pem);
    expect(inv.devices[0]?.rest).toEqual({ username: "auditor", passwordEnv: "JUNOS_REST_PASSWORD", port: 3443, probe: true });
  });

  it("refuses a password in the file and says to use password-env, with the line", async () => {
    const error = await failure(`defaults:
${TLS}  rest:
    username: auditor
    password: hunter2
devices:
  - { name: r1, host: 192.0.2.10 }
`);
    expect(error.message).toMatch(/inventory\.yaml:5: "password" is not allowed in the inventory: .*"password-env"/);
    expect(error.message).not.toContain("hunter2");
  });

  it("names the key and the line of a schema violation", async () => {
    const error = await failure(`defaults:
${TLS}devices:
  - { name: r1, host: 192.0.2.10 }
  - name: r2
    host: 192.0.2.11
    port: 70000
`);
    expect(error.message).toMatch(/inventory\.yaml:7: "devices\[1\]\.port" must be <= 65535/);
  });

  it("rejects unknown keys, device names unsafe as file names and bad durations", async () => {
    expect((await failure(`devices:\n  - { name: r1, host: h, colour: blue }\n`)).message).toMatch(/:2: unknown key "colour"/);
    expect((await failure(`defaults:\n${TLS}devices:\n  - { name: ../etc/passwd, host: h }\n`)).message).toMatch(/:4: "devices\[0\]\.name" must be safe as a file name/);
    expect((await failure(`defaults:\n${TLS}  timeout: soon\ndevices:\n  - { name: r1, host: h }\n`)).message).toMatch(/:3: "defaults\.timeout" must be a duration/);
  });

  it("rejects duplicate device names, pointing at the second", async () => {
    const error = await failure(`defaults:\n${TLS}devices:\n  - { name: r1, host: a }\n  - { name: r1, host: b }\n`);
    expect(error.message).toMatch(/:5: device name "r1" is used twice \(first on line 4\)/);
  });

  it("needs a client certificate for NETCONF over TLS", async () => {
    const error = await failure(`devices:\n  - { name: r1, host: a }\n`);
    expect(error.message).toMatch(/:2: device "r1": NETCONF over TLS needs a client certificate/);
  });

  it("reports a missing TLS file with the key and its line", async () => {
    const error = await failure(`defaults:\n  tls: { ca: pki/nope.crt, cert: pki/client.crt, key: pki/client.key }\ndevices:\n  - { name: r1, host: a }\n`);
    expect(error.message).toMatch(/:2: tls\.ca: cannot read pki\/nope\.crt \(no such file\)/);
  });

  it("refuses a key that does not belong to the certificate, without showing the key", async () => {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(`${lab.dir}/pki/other.key`, lab.server.privateKeyPem);
    const error = await failure(`defaults:\n  tls: { ca: pki/ca.crt, cert: pki/client.crt, key: pki/other.key }\ndevices:\n  - { name: r1, host: a }\n`);
    expect(error.message).toMatch(/:4: device "r1": the tls\.ca \/ tls\.cert \/ tls\.key files are not usable together \(.*mismatch.*\)/);
    expect(error.message).not.toContain("PRIVATE KEY");
  });

  it("reports YAML syntax errors with a line", async () => {
    const error = await failure(`devices:\n  - { name: r1, host: a\n  - oops\n`);
    expect(error.message).toMatch(/inventory\.yaml:\d+: not valid YAML/);
  });

  it("reports a missing inventory file", async () => {
    await expect(loadInventory(`${lab.dir}/missing.yaml`)).rejects.toThrow(/missing\.yaml: cannot read the inventory: ENOENT/);
  });
});
