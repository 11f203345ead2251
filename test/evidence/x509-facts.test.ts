import { X509Certificate as NodeX509Certificate, createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chainsTo, factsFromCertificate } from "../../src/evidence/x509-facts.js";
import { daysFromNow, makeCA, makeCert, makeChain, makeMd5SignedCert } from "../helpers/certs.js";

const source = { uri: "mem://test.pem", kind: "pem" };

describe("factsFromCertificate", () => {
  it("reads an RSA 2048 CA-signed certificate", async () => {
    const ca = await makeCA({ name: "CN=Facts CA, O=Example" });
    const made = await makeCert({
      subject: "CN=r1.example.net, O=Example",
      issuer: ca,
      bits: 2048,
      serial: "1a2b3c",
      keyUsage: ["digitalSignature", "keyEncipherment"],
      san: { dns: ["r1.example.net"], dirNameCN: ["nc-client-1", "nc-client-2"] },
    });
    const facts = await factsFromCertificate(made.der, source);
    expect(facts.subject).toBe("CN=r1.example.net, O=Example");
    expect(facts.issuer).toBe("CN=Facts CA, O=Example");
    expect(facts.serial).toBe("1a2b3c");
    expect(facts.keyAlgorithm).toBe("RSA");
    expect(facts.keySize).toBe(2048);
    expect(facts.curve).toBeUndefined();
    expect(facts.signatureAlgorithm).toBe("sha256WithRSAEncryption");
    expect(facts.signatureHash).toBe("sha256");
    expect(facts.keyUsage).toEqual(["digitalSignature", "keyEncipherment"]);
    expect(facts.sanDirNameCNs).toEqual(["nc-client-1", "nc-client-2"]);
    expect(facts.selfSigned).toBe(false);
    expect(facts.subjectEqualsIssuer).toBe(false);
    expect(facts.notAfter.getTime()).toBe(made.cert.notAfter.getTime());
    expect(facts.source).toEqual(source);
    expect(facts.der).toEqual(made.der);
  });

  it("reads RSA 1024 and EC P-256 key facts", async () => {
    const rsa = await factsFromCertificate((await makeCert({ subject: "CN=small", bits: 1024 })).der, source);
    expect([rsa.keyAlgorithm, rsa.keySize]).toEqual(["RSA", 1024]);
    const ec = await factsFromCertificate((await makeCert({ subject: "CN=ec", keyAlg: "ec", curve: "P-256" })).der, source);
    expect([ec.keyAlgorithm, ec.keySize, ec.curve, ec.signatureAlgorithm, ec.signatureHash]).toEqual([
      "EC",
      256,
      "P-256",
      "ecdsa-with-SHA256",
      "sha256",
    ]);
    const p384 = await factsFromCertificate((await makeCert({ subject: "CN=ec384", keyAlg: "ec", curve: "P-384", hash: "SHA-384" })).der, source);
    expect([p384.keySize, p384.curve, p384.signatureHash]).toEqual([384, "P-384", "sha384"]);
  });

  it("tells self-signed from CA-signed, and from 'subject equals issuer but another key signed it'", async () => {
    const selfSigned = await factsFromCertificate((await makeCert({ subject: "CN=lonely" })).der, source);
    expect(selfSigned.selfSigned).toBe(true);
    expect(selfSigned.subjectEqualsIssuer).toBe(true);

    const other = await makeCA({ name: "CN=Other signer" });
    const impostor = await makeCert({ subject: "CN=impostor", signWith: other });
    expect(impostor.cert.subject).toBe(impostor.cert.issuer);
    const facts = await factsFromCertificate(impostor.der, source);
    expect(facts.subjectEqualsIssuer).toBe(true);
    expect(facts.selfSigned).toBe(false);
  });

  it("verifies SHA-1-signed certificates and reports the weak hash", async () => {
    const old = await factsFromCertificate((await makeCert({ subject: "CN=legacy", hash: "SHA-1" })).der, source);
    expect(old.signatureAlgorithm).toBe("sha1WithRSAEncryption");
    expect(old.signatureHash).toBe("sha1");
    expect(old.selfSigned).toBe(true);
    const ecSha1 = await factsFromCertificate((await makeCert({ subject: "CN=legacy-ec", keyAlg: "ec", hash: "SHA-1" })).der, source);
    expect(ecSha1.signatureAlgorithm).toBe("ecdsa-with-SHA1");
    expect(ecSha1.selfSigned).toBe(true);
  });

  it("keeps validity dates of expired and not-yet-valid certificates", async () => {
    const expiredAt = daysFromNow(-2);
    const expired = await factsFromCertificate((await makeCert({ subject: "CN=old", notBefore: daysFromNow(-100), notAfter: expiredAt })).der, source);
    expect(expired.notAfter.getTime()).toBeLessThan(Date.now());
    expect(Math.abs(expired.notAfter.getTime() - expiredAt.getTime())).toBeLessThan(1000);
    const future = await factsFromCertificate((await makeCert({ subject: "CN=new", notBefore: daysFromNow(5), notAfter: daysFromNow(50) })).der, source);
    expect(future.notBefore.getTime()).toBeGreaterThan(Date.now());
  });

  it("gives x509c2n fingerprints equal to node:crypto's, id octet first", async () => {
    const made = await makeCert({ subject: "CN=fingerprinted" });
    const facts = await factsFromCertificate(made.der, source);
    const node = new NodeX509Certificate(made.der);
    expect(facts.fingerprints["04"]).toBe(`04:${node.fingerprint256.toLowerCase()}`);
    expect(facts.fingerprints["02"]).toBe(`02:${node.fingerprint.toLowerCase()}`);
    expect(facts.fingerprints["06"]).toBe(`06:${node.fingerprint512.toLowerCase()}`);
    const md5 = createHash("md5").update(made.der).digest("hex").match(/../g)?.join(":");
    expect(facts.fingerprints["01"]).toBe(`01:${md5}`);
    expect(Object.keys(facts.fingerprints).sort()).toEqual(["01", "02", "03", "04", "05", "06"]);
  });

  it("rejects bytes that are not a certificate", async () => {
    await expect(factsFromCertificate(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]), source)).rejects.toThrow(/not a readable X.509/);
  });
});

describe("chainsTo", () => {
  it("follows CA and intermediate signatures, and refuses a look-alike CA", async () => {
    const chain = await makeChain({ subject: "CN=leaf.chain.test" });
    expect(await chainsTo(chain.leaf.der, chain.intermediate.der)).toBe(true);
    expect(await chainsTo(chain.intermediate.der, chain.root.der)).toBe(true);
    expect(await chainsTo(chain.leaf.der, chain.root.der)).toBe(false);

    // Same subject name as the real intermediate, different key: the name matches, the signature does not.
    const lookalike = await makeCA({ name: chain.intermediate.subject, keySlot: "look-alike" });
    expect(lookalike.cert.subject).toBe(chain.intermediate.cert.subject);
    expect(await chainsTo(chain.leaf.der, lookalike.der)).toBe(false);
  });

  it("works on facts and answers false without DER", async () => {
    const ca = await makeCA({ name: "CN=Facts chain CA" });
    const leaf = await makeCert({ subject: "CN=facts-leaf", issuer: ca });
    const leafFacts = await factsFromCertificate(leaf.der, source);
    const caFacts = await factsFromCertificate(ca.der, source);
    expect(await chainsTo(leafFacts, caFacts)).toBe(true);
    expect(await chainsTo({ ...leafFacts, der: undefined }, caFacts)).toBe(false);
  });
});

describe("MD5-signed certificates", () => {
  it("still verify (through OpenSSL) and report md5", async () => {
    const selfSigned = await makeMd5SignedCert({ subject: "CN=ancient" });
    const facts = await factsFromCertificate(selfSigned.der, source);
    expect(facts.signatureAlgorithm).toBe("md5WithRSAEncryption");
    expect(facts.signatureHash).toBe("md5");
    expect(facts.selfSigned).toBe(true);

    const ca = await makeCA({ name: "CN=Ancient CA" });
    const issuedByCA = await makeMd5SignedCert({ subject: "CN=ancient-leaf", issuer: ca });
    expect(await chainsTo(issuedByCA.der, ca.der)).toBe(true);
    const leafFacts = await factsFromCertificate(issuedByCA.der, source);
    expect([leafFacts.selfSigned, leafFacts.signatureHash]).toEqual([false, "md5"]);
  });
});
