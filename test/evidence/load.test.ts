import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedEvidencePath, loadEvidence } from "../../src/evidence/index.js";
import { makeCA, makeCert, makeChain, type TestCert, type TestChain } from "../helpers/certs.js";

const fixtures = fileURLToPath(new URL("../fixtures/evidence/", import.meta.url));

let certsDir: string;
let chain: TestChain;
let corpCA: TestCert;
let client: TestCert;
let keyPair: TestCert;

async function write(relative: string, content: string | Uint8Array): Promise<void> {
  const file = path.join(certsDir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

beforeAll(async () => {
  certsDir = await mkdtemp(path.join(tmpdir(), "junos-audit-evidence-"));
  chain = await makeChain({ subject: "CN=r1.example.net", bits: 2048 });
  corpCA = await makeCA({ name: "CN=CORP-CA" });
  client = await makeCert({ subject: "CN=nc-client-1", issuer: corpCA });
  keyPair = await makeCert({ subject: "CN=rest-cert" });
  await write("r1/nc-server.pem", chain.chainPem);
  await write("r1/rest-cert.crt", keyPair.privateKeyPem + keyPair.pem);
  await write("r1/web.der", (await makeCert({ subject: "CN=web" })).der);
  await write("r1/garbage.cer", "this is not a certificate\n");
  await write("r1/notes.txt", "hello");
  await write("r1/.DS_Store", "x");
  await write("r1/ca/CORP-CA.pem", corpCA.pem);
  await write("r1/ca/root.crt", chain.root.pem);
  await write("r1/clients/nc-client-1.pem", client.pem + corpCA.pem);
  await write("r1/pki-ca-certificate.xml", await readFile(path.join(fixtures, "pki-ca-certificate-detail-15.1X49.xml")));
  await write("cluster/local.xml", await readFile(path.join(fixtures, "pki-local-certificate-detail-schema.xml")));
  await write("conflict/nc-server.pem", chain.leaf.pem);
  await write("conflict/local.xml", await readFile(path.join(fixtures, "pki-local-certificate-detail-schema.xml")));
  await write("r1/unknown-reply.xml", await readFile(path.join(fixtures, "pki-local-certificate-detail-15.1X49.xml")));
  await write("r1/broken.xml", "<rpc-reply><oops></rpc-reply>");
});

afterAll(async () => {
  await rm(certsDir, { recursive: true, force: true });
});

describe("loadEvidence", () => {
  it("files local certificates by file name, chain leaf first", async () => {
    const { evidence } = await loadEvidence(certsDir, "r1");
    expect(evidence.dir).toBe(path.join(certsDir, "r1"));
    expect([...evidence.local.keys()].sort()).toEqual(["myearth", "nc-server", "rest-cert", "web"]);
    const ncServer = evidence.local.get("nc-server");
    expect(ncServer?.chain.map((c) => c.subject)).toEqual([chain.leaf.subject, chain.intermediate.subject]);
    expect(ncServer?.chain[0]?.keySize).toBe(2048);
    expect(evidence.local.get("web")?.chain[0]?.source.kind).toBe("der");
  });

  it("files CA certificates by ca-profile, from files and from a CA reply", async () => {
    const { evidence } = await loadEvidence(certsDir, "r1");
    expect([...evidence.ca.keys()].sort()).toEqual(["CORP-CA", "Root", "root"]);
    expect(evidence.ca.get("CORP-CA")?.chain[0]?.selfSigned).toBe(true);
    expect(evidence.ca.get("Root")?.chain[0]?.source.kind).toBe("pki-rpc");
  });

  it("takes the first certificate of each client file", async () => {
    const { evidence } = await loadEvidence(certsDir, "r1");
    expect(evidence.clients.map((c) => c.subject)).toEqual(["CN=nc-client-1"]);
  });

  it("reports every problem file as a diagnostic and reads the rest", async () => {
    const { diagnostics } = await loadEvidence(certsDir, "r1");
    const byFile = diagnostics.map((d) => [path.relative(certsDir, d.uri), d.level, d.code]);
    expect(byFile).toEqual(
      expect.arrayContaining([
        ["r1/garbage.cer", "error", "evidence/not-a-certificate"],
        ["r1/rest-cert.crt", "warning", "evidence/private-key-skipped"],
        ["r1/notes.txt", "info", "evidence/ignored-file"],
        ["r1/broken.xml", "error", "evidence/xml-error"],
        ["r1/unknown-reply.xml", "info", "evidence/reply-kind-guessed"],
      ]),
    );
    expect(byFile).toHaveLength(5);
    const everything = JSON.stringify(diagnostics);
    for (const line of keyPair.privateKeyPem.split("\n").filter((l) => l.length > 0 && !l.startsWith("-----"))) {
      expect(everything).not.toContain(line);
    }
  });

  it("the same certificate on two routing engines is one entry, no conflict", async () => {
    const { evidence, diagnostics } = await loadEvidence(certsDir, "cluster");
    expect(diagnostics).toEqual([]);
    expect([...evidence.local.keys()]).toEqual(["nc-server"]);
    expect(evidence.local.get("nc-server")?.chain).toHaveLength(1);
    expect(evidence.local.get("nc-server")?.chain[0]?.curve).toBe("P-384");
  });

  it("a certificate file wins over a reply naming a different certificate the same, with one warning", async () => {
    const { evidence, diagnostics } = await loadEvidence(certsDir, "conflict");
    expect(evidence.local.get("nc-server")?.chain[0]?.source.kind).toBe("pem");
    expect(diagnostics.map((d) => [path.basename(d.uri), d.code])).toEqual([["local.xml", "evidence/duplicate"]]);
  });

  it("a different certificate under a name already filed is reported, the first in name order kept", async () => {
    const other = await makeCert({ subject: "CN=another web" });
    await write("dup/web.pem", (await makeCert({ subject: "CN=web" })).pem);
    await write("dup/web.crt", other.pem);
    const { evidence, diagnostics } = await loadEvidence(certsDir, "dup");
    expect(evidence.local.get("web")?.chain[0]?.subject).toBe("CN=another web");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: "warning", code: "evidence/duplicate" });
    expect(diagnostics[0]?.message).toContain("web.crt");
    expect(diagnostics[0]?.uri).toBe(path.join(certsDir, "dup", "web.pem"));
  });

  it("a missing device directory is empty evidence without diagnostics", async () => {
    const { evidence, diagnostics } = await loadEvidence(certsDir, "no-such-device");
    expect(diagnostics).toEqual([]);
    expect(evidence.local.size + evidence.ca.size + evidence.clients.length).toBe(0);
    expect(evidence.dir).toBe(path.join(certsDir, "no-such-device"));
  });

  it("refuses device names that would leave the certificate directory", async () => {
    const { evidence, diagnostics } = await loadEvidence(path.join(certsDir, "r1"), "../r1");
    expect(evidence.local.size).toBe(0);
    expect(diagnostics[0]).toMatchObject({ level: "warning", code: "evidence/bad-device-name" });
  });

  it("a dangling symbolic link is an error diagnostic, not a throw; a good link is read", async () => {
    await write("links/target.pem", chain.leaf.pem);
    await symlink(path.join(certsDir, "links", "nowhere.pem"), path.join(certsDir, "links", "nc.pem"));
    await symlink(path.join(certsDir, "links", "target.pem"), path.join(certsDir, "links", "ok.pem"));
    const { evidence, diagnostics } = await loadEvidence(certsDir, "links");
    expect(diagnostics.map((d) => [path.basename(d.uri), d.level, d.code])).toEqual([["nc.pem", "error", "evidence/unreadable"]]);
    expect(diagnostics[0]?.message).toContain("ENOENT");
    expect([...evidence.local.keys()].sort()).toEqual(["ok", "target"]);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file is an error diagnostic, not a throw", async () => {
    await write("locked/nc.pem", chain.leaf.pem);
    await write("locked/ok.pem", chain.leaf.pem);
    await chmod(path.join(certsDir, "locked", "nc.pem"), 0o000);
    const { evidence, diagnostics } = await loadEvidence(certsDir, "locked");
    expect(diagnostics.map((d) => [path.basename(d.uri), d.level, d.code])).toEqual([["nc.pem", "error", "evidence/unreadable"]]);
    expect([...evidence.local.keys()]).toEqual(["ok"]);
  });
});

describe("expectedEvidencePath", () => {
  it("names the files a rule looked for", () => {
    const evidence = { dir: path.join("certs", "r1") };
    expect(expectedEvidencePath(evidence, "local", "nc-server")).toBe(`${path.join("certs", "r1", "nc-server")}.pem|.crt|.cer|.der`);
    expect(expectedEvidencePath(evidence, "ca", "CORP-CA")).toBe(`${path.join("certs", "r1", "ca", "CORP-CA")}.pem|.crt|.cer|.der`);
    expect(expectedEvidencePath(evidence, "client", "")).toBe(`${path.join("certs", "r1", "clients", "*")}.pem|.crt|.cer|.der`);
  });
});
