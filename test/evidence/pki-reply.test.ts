import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseJunosDate } from "../../src/evidence/junos-date.js";
import { readPkiReply } from "../../src/evidence/pki-reply.js";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/evidence/${name}`, import.meta.url)), "utf8");

describe("readPkiReply: captured 15.1X49 CA reply (pkid-x509-certificate-information)", () => {
  const uri = "certs/r1/pki-ca-certificate.xml";
  const result = readPkiReply(fixture("pki-ca-certificate-detail-15.1X49.xml"), uri);

  it("finds the one certificate, at the line of its element", () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.certificates).toHaveLength(1);
    const [root] = result.certificates;
    expect(root?.identifier).toBe("Root");
    expect(root?.caProfile).toBeUndefined();
    expect(root?.facts.source).toEqual({ uri, line: 3, kind: "pki-rpc" });
  });

  it("reads names, serial, dates, key, signature and key usage", () => {
    const facts = result.certificates[0]?.facts;
    expect(facts?.subject).toBe("C=us, O=juniper, CN=Root");
    expect(facts?.issuer).toBe("C=us, O=juniper, CN=Root");
    expect(facts?.serial).toBe("00000d5f");
    expect(facts?.notBefore.toISOString()).toBe("2017-04-03T09:13:00.000Z");
    expect(facts?.notAfter.toISOString()).toBe("2018-04-03T09:13:00.000Z");
    expect([facts?.keyAlgorithm, facts?.keySize, facts?.curve]).toEqual(["RSA", 2048, undefined]);
    expect([facts?.signatureAlgorithm, facts?.signatureHash]).toEqual(["sha256WithRSAEncryption", "sha256"]);
    expect(facts?.keyUsage).toEqual(["cRLSign", "keyCertSign", "keyEncipherment", "digitalSignature"]);
    expect(facts?.der).toBeUndefined();
  });

  it("cannot verify a signature: subject equals issuer gives selfSigned undefined", () => {
    const facts = result.certificates[0]?.facts;
    expect(facts?.subjectEqualsIssuer).toBe(true);
    expect(facts?.selfSigned).toBeUndefined();
  });

  it("maps fingerprint pairs to x509c2n ids", () => {
    expect(result.certificates[0]?.facts.fingerprints).toEqual({
      "02": "02:48:ad:39:fa:66:07:c2:f8:bb:ee:d8:f0:fa:68:dc:26:32:a5:b5:a8",
      "01": "01:cc:19:2c:fb:f1:de:ef:c5:78:03:ae:3d:d0:15:87:17",
    });
  });
});

describe("readPkiReply: local certificate, old generation", () => {
  const result = readPkiReply(fixture("pki-local-certificate-detail-15.1X49.xml"), "l.xml");
  it("reads a CA-issued SHA-1 RSA-1024 certificate as not self-signed", () => {
    const facts = result.certificates[0]?.facts;
    expect(result.certificates[0]?.identifier).toBe("myearth");
    expect(facts?.subject).toBe("CN=www.myearth.net, OU=IT, O=Juniper networks, L=Delhi, ST=DL, C=IN");
    expect(facts?.issuer).toBe("C=us, O=juniper, CN=Root");
    expect(facts?.serial).toBe("1c0000015a2f");
    expect(facts?.notBefore.toISOString()).toBe("2019-04-29T15:41:00.000Z");
    expect([facts?.keyAlgorithm, facts?.keySize, facts?.signatureHash]).toEqual(["RSA", 1024, "sha1"]);
    expect(facts?.subjectEqualsIssuer).toBe(false);
    expect(facts?.selfSigned).toBe(false);
    expect(facts?.fingerprints).toEqual({});
  });
});

describe("readPkiReply: schema generation (x509-certificate-info) in multi-routing-engine-results", () => {
  const result = readPkiReply(fixture("pki-local-certificate-detail-schema.xml"), "s.xml");
  it("reads both routing engines' entries with issuer/subject and certificate-type", () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.certificates.map((c) => [c.identifier, c.kind])).toEqual([
      ["nc-server", "local"],
      ["nc-server", "local"],
    ]);
    const facts = result.certificates[0]?.facts;
    expect(facts?.subject).toBe("O=Example Corp, CN=r1.example.net");
    expect(facts?.issuer).toBe("O=Example Corp, CN=Example Issuing CA");
    expect(facts?.serial).toBe("4fa109");
    expect([facts?.keyAlgorithm, facts?.keySize, facts?.curve, facts?.signatureHash]).toEqual(["EC", 384, "P-384", "sha384"]);
    expect(facts?.selfSigned).toBe(false);
    expect(facts?.keyUsage).toEqual(["digitalSignature"]);
  });

  it("prefers junos:seconds and reads a date without it", () => {
    const facts = result.certificates[0]?.facts;
    expect(facts?.notBefore.toISOString()).toBe("2025-01-01T12:00:00.000Z");
    expect(facts?.notAfter.toISOString()).toBe("2026-12-31T23:59:00.000Z");
  });

  it("normalises one-pair fingerprint elements and upper-case hex", () => {
    expect(result.certificates[0]?.facts.fingerprints).toEqual({
      "02": "02:aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd",
      "04": "04:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef",
    });
  });
});

describe("readPkiReply: bad input becomes diagnostics", () => {
  it("reports malformed XML with a line", () => {
    const result = readPkiReply("<rpc-reply>\n<x509-pki-certificate-info-list>\n</rpc-reply>", "bad.xml");
    expect(result.certificates).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "error", code: "evidence/xml-error", uri: "bad.xml", line: 3 });
  });

  it("warns when the XML is not a PKI reply", () => {
    const result = readPkiReply("<rpc-reply><configuration/></rpc-reply>", "config.xml");
    expect(result.diagnostics[0]).toMatchObject({ level: "warning", code: "evidence/not-a-pki-reply" });
    expect(result.diagnostics[0]?.message).toContain("get-pki-local-certificate");
  });

  it("skips a certificate with unreadable validity, saying why, and keeps the next", () => {
    const xml = fixture("pki-local-certificate-detail-15.1X49.xml").replace("04-29-2019 15:41 UTC", "yesterday");
    const twice = xml.replace(
      "</x509-pki-certificate-info-list>",
      fixture("pki-ca-certificate-detail-15.1X49.xml").match(/<pkid-x509[\s\S]*<\/pkid-x509-certificate-information>/)?.[0] + "</x509-pki-certificate-info-list>",
    );
    const result = readPkiReply(twice, "mixed.xml");
    expect(result.certificates.map((c) => c.identifier)).toEqual(["Root"]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.message).toMatch(/certificate "myearth".*MM-DD-YYYY HH:MM UTC/);
    const validityLine = xml.split("\n").findIndex((line) => line.includes("<validity>")) + 1;
    expect(result.diagnostics[0]?.line).toBe(validityLine);
  });

  it("refuses pathological nesting without overflowing the stack", () => {
    const deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);
    const result = readPkiReply(deep, "deep.xml");
    expect(result.diagnostics[0]).toMatchObject({ level: "error", code: "evidence/xml-error" });
    expect(result.diagnostics[0]?.message).toMatch(/deeper than/);
  });

  it("tells the reply kind from an echoed RPC", () => {
    const xml = `<rpc-reply><rpc><get-pki-ca-certificate><ca-profile>Root</ca-profile></get-pki-ca-certificate></rpc>${fixture("pki-local-certificate-detail-15.1X49.xml").replace(/<\/?rpc-reply[^>]*>/g, "")}</rpc-reply>`;
    expect(readPkiReply(xml, "x.xml").kind).toBe("ca");
    expect(readPkiReply(fixture("pki-local-certificate-detail-15.1X49.xml"), "x.xml").kind).toBeUndefined();
  });
});

describe("parseJunosDate", () => {
  it("reads space-padded and zero-padded forms, with optional seconds", () => {
    expect(parseJunosDate("04- 3-2017 09:13 UTC")?.toISOString()).toBe("2017-04-03T09:13:00.000Z");
    expect(parseJunosDate(" 1-15-2030  9:05 UTC")?.toISOString()).toBe("2030-01-15T09:05:00.000Z");
    expect(parseJunosDate("12-31-2026 23:59:30 UTC")?.toISOString()).toBe("2026-12-31T23:59:30.000Z");
    expect(parseJunosDate("whatever", "1700000000")?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
  });

  it("refuses impossible or other forms", () => {
    expect(parseJunosDate("02-30-2020 10:00 UTC")).toBeUndefined();
    expect(parseJunosDate("13-01-2020 10:00 UTC")).toBeUndefined();
    expect(parseJunosDate("01-01-2020 25:00 UTC")).toBeUndefined();
    expect(parseJunosDate("2020-01-01T00:00:00Z")).toBeUndefined();
    expect(parseJunosDate("")).toBeUndefined();
  });
});
