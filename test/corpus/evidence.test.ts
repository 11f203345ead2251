/**
 * The three real PEM certificates in ../shared/corpus/pki (a CA and two issued certificates from a
 * public JET example). Skipped when the corpus is not there.
 */
import { existsSync, readFileSync } from "node:fs";
import { X509Certificate as NodeX509Certificate } from "node:crypto";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCertificateFile } from "../../src/evidence/cert-file.js";
import { chainsTo } from "../../src/evidence/x509-facts.js";
import type { CertificateFacts } from "../../src/model/certificates.js";

const pkiDir = fileURLToPath(new URL("../../../shared/corpus/pki/", import.meta.url));
const TODAY = new Date("2026-11-22T00:00:00Z");

async function read(name: string): Promise<CertificateFacts> {
  const file = `${pkiDir}${name}`;
  const result = await readCertificateFile(new Uint8Array(readFileSync(file)), file);
  expect(result.diagnostics).toEqual([]);
  expect(result.certificates).toHaveLength(1);
  const [facts] = result.certificates;
  if (facts === undefined) throw new Error(`no certificate in ${file}`);
  return facts;
}

describe.skipIf(!existsSync(pkiDir))("corpus PKI certificates", () => {
  it("jetrs__ca.crt is a self-signed RSA 4096 CA", async () => {
    const ca = await read("jetrs__ca.crt");
    expect(ca.subject).toBe("CN=ca");
    expect(ca.selfSigned).toBe(true);
    expect([ca.keyAlgorithm, ca.keySize, ca.signatureHash]).toEqual(["RSA", 4096, "sha256"]);
    const node = new NodeX509Certificate(readFileSync(`${pkiDir}jetrs__ca.crt`));
    expect(ca.fingerprints["04"]).toBe(`04:${node.fingerprint256.toLowerCase()}`);
  });

  it("client and server are issued by the CA and chain to it", async () => {
    const ca = await read("jetrs__ca.crt");
    for (const name of ["jetrs__client.crt", "jetrs__server.crt"]) {
      const leaf = await read(name);
      expect(leaf.issuer).toBe("CN=ca");
      expect(leaf.selfSigned).toBe(false);
      expect(leaf.keySize).toBe(2048);
      expect(await chainsTo(leaf, ca)).toBe(true);
      expect(await chainsTo(ca, leaf)).toBe(false);
    }
  });

  it("all three are expired as of 2026-11-22", async () => {
    for (const name of ["jetrs__ca.crt", "jetrs__client.crt", "jetrs__server.crt"]) {
      const facts = await read(name);
      expect(facts.notAfter.getTime()).toBeLessThan(TODAY.getTime());
      expect(facts.notBefore.getTime()).toBeLessThan(facts.notAfter.getTime());
    }
  });
});
