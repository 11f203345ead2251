import { describe, expect, it } from "vitest";
import { readCertificateFile } from "../../src/evidence/cert-file.js";
import { makeCert, makeChain } from "../helpers/certs.js";

const text = (value: string) => new TextEncoder().encode(value);

describe("readCertificateFile", () => {
  it("reads a PEM chain leaf first, with the line of each BEGIN", async () => {
    const chain = await makeChain({ subject: "CN=nc-server.example.net" });
    const file = `# chain for nc-server\n${chain.chainPem}`;
    const result = await readCertificateFile(text(file), "certs/r1/nc-server.pem");
    expect(result.diagnostics).toEqual([]);
    expect(result.certificates.map((c) => c.subject)).toEqual([chain.leaf.subject, chain.intermediate.subject]);
    const secondBegin = file.split("\n").findIndex((line, index) => index > 1 && line.startsWith("-----BEGIN")) + 1;
    expect(result.certificates.map((c) => c.source)).toEqual([
      { uri: "certs/r1/nc-server.pem", line: 2, kind: "pem" },
      { uri: "certs/r1/nc-server.pem", line: secondBegin, kind: "pem" },
    ]);
  });

  it("reads CRLF PEM files", async () => {
    const made = await makeCert({ subject: "CN=windows" });
    const result = await readCertificateFile(text(made.pem.replace(/\n/g, "\r\n")), "w.crt");
    expect(result.certificates.map((c) => c.subject)).toEqual(["CN=windows"]);
  });

  it("reads DER by content, whatever the extension", async () => {
    const made = await makeCert({ subject: "CN=binary" });
    const result = await readCertificateFile(made.der, "certs/r1/binary.pem");
    expect(result.diagnostics).toEqual([]);
    expect(result.certificates).toHaveLength(1);
    expect(result.certificates[0]?.subject).toBe("CN=binary");
    expect(result.certificates[0]?.source).toEqual({ uri: "certs/r1/binary.pem", kind: "der" });
  });

  it("skips a private key with a warning that never quotes it", async () => {
    const made = await makeCert({ subject: "CN=with-key" });
    const file = made.privateKeyPem + made.pem;
    const result = await readCertificateFile(text(file), "certs/r1/with-key.pem");
    expect(result.certificates.map((c) => c.subject)).toEqual(["CN=with-key"]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "warning", code: "evidence/private-key-skipped", line: 1, uri: "certs/r1/with-key.pem" });
    expect(result.diagnostics[0]?.message).toMatch(/private key .* skipped/);
    const keyLines = made.privateKeyPem.split("\n").filter((line) => line !== "" && !line.startsWith("-----"));
    const everything = JSON.stringify(result, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value));
    for (const line of keyLines) expect(everything).not.toContain(line);
  });

  it("a file with only a private key: the key warning and a 'no certificate' error", async () => {
    const made = await makeCert({ subject: "CN=key-only" });
    const truncatedKey = made.privateKeyPem.split("\n").slice(0, 4).join("\n");
    const result = await readCertificateFile(text(truncatedKey), "k.pem");
    expect(result.certificates).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["evidence/private-key-skipped", "evidence/not-a-certificate"]);
    expect(JSON.stringify(result.diagnostics)).not.toContain(truncatedKey.split("\n")[2]);
  });

  it("skips DER private keys (PKCS#8, PKCS#1, SEC1) without quoting them", async () => {
    const { createPrivateKey } = await import("node:crypto");
    const rsa = await makeCert({ subject: "CN=der-key" });
    const ec = await makeCert({ subject: "CN=der-key-ec", keyAlg: "ec" });
    const rsaKey = createPrivateKey(rsa.privateKeyPem);
    const ecKey = createPrivateKey(ec.privateKeyPem);
    const keys = [
      rsaKey.export({ format: "der", type: "pkcs8" }),
      rsaKey.export({ format: "der", type: "pkcs1" }),
      ecKey.export({ format: "der", type: "sec1" }),
      ecKey.export({ format: "der", type: "pkcs8" }),
    ];
    for (const key of keys) {
      const result = await readCertificateFile(new Uint8Array(key), "k.der");
      expect(result.certificates).toEqual([]);
      expect(result.diagnostics.map((d) => [d.level, d.code])).toEqual([["warning", "evidence/private-key-skipped"]]);
      expect(JSON.stringify(result)).not.toContain(key.toString("base64").slice(40, 80));
    }
  });

  it("turns files that are neither PEM nor DER into an error diagnostic", async () => {
    for (const [content, uri] of [
      [text("hello, I am a text file\n"), "certs/r1/notes.crt"],
      [new Uint8Array(), "certs/r1/empty.pem"],
      [new Uint8Array([0x30, 0x82, 0x01, 0x00, 0x01]), "certs/r1/broken.der"],
    ] as const) {
      const result = await readCertificateFile(content, uri);
      expect(result.certificates).toEqual([]);
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ level: "error", uri, code: "evidence/not-a-certificate" });
      expect(result.diagnostics[0]?.message).toContain("expected a PEM or DER X.509 certificate");
    }
  });

  it("reports a truncated or corrupt PEM certificate at its line and keeps the good ones", async () => {
    const good = await makeCert({ subject: "CN=good" });
    const truncated = good.pem.split("\n").slice(0, 5).join("\n");
    const corrupt = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    const result = await readCertificateFile(text(good.pem + corrupt + truncated), "mixed.pem");
    const goodLines = good.pem.split("\n").length - 1;
    expect(result.certificates.map((c) => c.subject)).toEqual(["CN=good"]);
    expect(result.diagnostics.map((d) => [d.level, d.code, d.line])).toEqual([
      ["error", "evidence/bad-pem", goodLines + 1],
      ["error", "evidence/bad-pem", goodLines + 4],
    ]);
  });
});
