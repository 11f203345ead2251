import { X509Certificate as NodeX509Certificate } from "node:crypto";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import tls from "node:tls";
import { describe, expect, it } from "vitest";
import { daysFromNow, makeCA, makeCert, makeChain, makeTlsMaterial } from "../helpers/certs.js";

describe("test certificate factory", () => {
  it("makes a CA-signed RSA certificate that node:crypto reads and verifies", async () => {
    const ca = await makeCA({ name: "CN=Factory CA" });
    const leaf = await makeCert({ subject: "r1.example.net", issuer: ca, bits: 2048 });
    const parsed = new NodeX509Certificate(leaf.pem);
    expect(parsed.subject).toBe("CN=r1.example.net");
    expect(parsed.issuer).toBe("CN=Factory CA");
    expect(parsed.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(parsed.verify(new NodeX509Certificate(ca.pem).publicKey)).toBe(true);
    expect(Buffer.from(parsed.raw).equals(Buffer.from(leaf.der))).toBe(true);
    expect(leaf.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it("makes EC P-256, SHA-1, expired and not-yet-valid certificates", async () => {
    const ec = await makeCert({ subject: "CN=ec", keyAlg: "ec", curve: "P-256" });
    expect(new NodeX509Certificate(ec.pem).publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    const sha1 = await makeCert({ subject: "CN=old", hash: "SHA-1" });
    expect(sha1.cert.signatureAlgorithm.hash.name).toBe("SHA-1");
    const expired = await makeCert({ subject: "CN=expired", notBefore: daysFromNow(-30), notAfter: daysFromNow(-1) });
    expect(expired.cert.notAfter.getTime()).toBeLessThan(Date.now());
    const future = await makeCert({ subject: "CN=future", notBefore: daysFromNow(10), notAfter: daysFromNow(20) });
    expect(future.cert.notBefore.getTime()).toBeGreaterThan(Date.now());
  });

  it("makes an intermediate-signed chain, leaf first", async () => {
    const chain = await makeChain();
    const [leafPem, intermediatePem] = chain.chainPem.split(/(?<=-----END CERTIFICATE-----\n)/);
    expect(new NodeX509Certificate(leafPem ?? "").issuer).toBe(new NodeX509Certificate(intermediatePem ?? "").subject);
    expect(new NodeX509Certificate(intermediatePem ?? "").verify(new NodeX509Certificate(chain.root.pem).publicKey)).toBe(true);
  });

  it("gives different subjects different keys, the same subject the same key", async () => {
    const a1 = await makeCert({ subject: "CN=a" });
    const a2 = await makeCert({ subject: "CN=a" });
    const b = await makeCert({ subject: "CN=b" });
    const spki = (c: typeof a1) => Buffer.from(c.cert.publicKey.rawData).toString("hex");
    expect(spki(a1)).toBe(spki(a2));
    expect(spki(a1)).not.toBe(spki(b));
  });

  it("works for a real mutual-TLS handshake on 127.0.0.1", async () => {
    const { ca, server, client } = await makeTlsMaterial();
    const tlsServer = tls.createServer(
      { cert: server.pem, key: server.privateKeyPem, ca: ca.pem, requestCert: true, rejectUnauthorized: true },
      (socket) => socket.end(`hello ${socket.getPeerCertificate().subject.CN}`),
    );
    tlsServer.listen(0, "127.0.0.1");
    await once(tlsServer, "listening");
    try {
      const { port } = tlsServer.address() as AddressInfo;
      const socket = tls.connect({ host: "127.0.0.1", port, ca: ca.pem, cert: client.pem, key: client.privateKeyPem });
      await once(socket, "secureConnect");
      expect(socket.authorized).toBe(true);
      let received = "";
      socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
      await once(socket, "end");
      expect(received).toBe("hello netconf-client");
      socket.destroy();
    } finally {
      tlsServer.close();
    }
  });
});
