#!/usr/bin/env node
// Regenerates the certificate evidence of examples/ (public certificates only; private keys are
// thrown away). The files in examples/certs were produced by this script; nothing else.
//   node scripts/make-example-certs.mjs
import "reflect-metadata";
import { webcrypto } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(webcrypto);
const out = new URL("../examples/certs/", import.meta.url);

const rsa = (bits, hash = "SHA-256") => ({ name: "RSASSA-PKCS1-v1_5", hash, publicExponent: new Uint8Array([1, 0, 1]), modulusLength: bits });
const ec = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };

async function cert({ subject, issuer, alg, notBefore, notAfter, ca = false, serial }) {
  const keys = await webcrypto.subtle.generateKey(alg, true, ["sign", "verify"]);
  const signer = issuer ?? { name: subject, keys };
  const signingAlgorithm = issuer ? issuer.alg : alg;
  const c = await x509.X509CertificateGenerator.create({
    serialNumber: serial,
    subject,
    issuer: signer.name,
    notBefore: new Date(notBefore),
    notAfter: new Date(notAfter),
    publicKey: keys.publicKey,
    signingKey: signer.keys.privateKey,
    signingAlgorithm: { ...signingAlgorithm, ...(signingAlgorithm.name === "ECDSA" ? { hash: "SHA-256" } : {}) },
    extensions: ca
      ? [new x509.BasicConstraintsExtension(true, 1, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)]
      : [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true)],
  });
  return { name: subject, keys, alg, pem: c.toString("pem") };
}

function write(path, ...pems) {
  const file = new URL(path, out);
  mkdirSync(new URL(".", file), { recursive: true });
  writeFileSync(file, `${pems.join("\n")}\n`);
}

const long = { notBefore: "2026-01-01T00:00:00Z", notAfter: "2046-01-01T00:00:00Z" };
const corpCa = await cert({ subject: "CN=Corp Root CA, O=Example Corp", alg: rsa(2048), ca: true, serial: "01", ...long });
write("core-r1/ca/CORP-CA.pem", corpCa.pem);
write("core-r1/nc-server.pem", (await cert({ subject: "CN=core-r1.example.net, O=Example Corp", issuer: corpCa, alg: rsa(2048), serial: "1001", ...long })).pem, corpCa.pem);
write("core-r1/rest-cert.pem", (await cert({ subject: "CN=core-r1-rest.example.net, O=Example Corp", issuer: corpCa, alg: rsa(2048), serial: "1002", ...long })).pem, corpCa.pem);

const edgeCa = await cert({ subject: "CN=Edge CA, O=Example Corp", alg: rsa(2048), ca: true, serial: "02", ...long });
write("edge-r2/ca/EDGE-CA.pem", edgeCa.pem);
write("edge-r2/edge-nc.pem", (await cert({ subject: "CN=edge-r2.example.net", issuer: edgeCa, alg: ec, serial: "2001", ...long })).pem);
write("edge-r2/edge-rest.pem", (await cert({ subject: "CN=edge-r2", alg: rsa(1024, "SHA-1"), serial: "2002", notBefore: "2019-03-01T00:00:00Z", notAfter: "2024-03-01T00:00:00Z" })).pem);

write("branch-fw1/fw-nc.pem", (await cert({ subject: "CN=branch-fw1.example.net", issuer: corpCa, alg: rsa(2048), serial: "3001", ...long })).pem, corpCa.pem);
write("branch-fw1/fw-web.pem", (await cert({ subject: "CN=branch-fw1-web.example.net", issuer: corpCa, alg: rsa(2048), serial: "3002", ...long })).pem, corpCa.pem);
console.log("examples/certs written");
