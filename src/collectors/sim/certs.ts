import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { webcrypto } from "node:crypto";

/**
 * Certificates for the loopback simulators when no test helper is around (the bench, demos): a CA,
 * a server certificate for 127.0.0.1/localhost and a client certificate, generated in memory.
 */
export interface SimPki {
  caPem: string;
  server: { cert: string; key: string };
  client: { cert: string; key: string };
}

const RSA = { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" };

function pem(label: string, der: ArrayBuffer): string {
  const lines = Buffer.from(der).toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

export async function makeSimPki(): Promise<SimPki> {
  x509.cryptoProvider.set(webcrypto as never);
  const subtle = webcrypto.subtle;
  const keys = async (): Promise<webcrypto.CryptoKeyPair> => (await subtle.generateKey(RSA, true, ["sign", "verify"])) as webcrypto.CryptoKeyPair;
  const notBefore = new Date(Date.now() - 86_400_000);
  const notAfter = new Date(Date.now() + 30 * 86_400_000);
  const caKeys = await keys();
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: "01",
    name: "CN=junos-audit simulator CA",
    notBefore,
    notAfter,
    keys: caKeys as never,
    signingAlgorithm: RSA,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true)],
  });
  const leaf = async (serial: string, name: string, san: boolean): Promise<{ cert: string; key: string }> => {
    const pair = await keys();
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: serial,
      subject: name,
      issuer: ca.subject,
      notBefore,
      notAfter,
      publicKey: pair.publicKey as never,
      signingKey: caKeys.privateKey as never,
      signingAlgorithm: RSA,
      extensions: san
        ? [new x509.SubjectAlternativeNameExtension([{ type: "ip", value: "127.0.0.1" }, { type: "dns", value: "localhost" }])]
        : [],
    });
    return { cert: cert.toString("pem"), key: pem("PRIVATE KEY", await subtle.exportKey("pkcs8", pair.privateKey)) };
  };
  return { caPem: ca.toString("pem"), server: await leaf("02", "CN=localhost", true), client: await leaf("03", "CN=auditor", false) };
}
