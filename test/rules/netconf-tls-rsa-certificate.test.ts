import { describe } from "vitest";
import rule from "../../src/rules/netconf-tls-rsa-certificate.js";
import { evidence, facts, generatedFacts } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const TLS = "set system services netconf tls";
const ec = facts({ keyAlgorithm: "EC", keySize: 256, curve: "P-256", signatureAlgorithm: "ecdsa-with-SHA256" });
const rsaClient = facts({ subject: "CN=nms1", source: { uri: "certs/r1/clients/nms1.pem", kind: "pem" } });
const ecClient = facts({ ...ec, subject: "CN=nms2", source: { uri: "certs/r1/clients/nms2.pem", kind: "pem" } });

const generated = {
  ecServer: await generatedFacts({ subject: "CN=r1", keyAlg: "ec", curve: "P-384" }),
  rsaClient: await generatedFacts({ subject: "CN=nms3", bits: 2048 }, "certs/r1/clients/nms3.pem"),
};

const cases: RuleCase[] = [
  {
    name: "generated certificates: ECDSA server fails, RSA client passes",
    config: `${TLS} local-certificate nc-ec`,
    evidence: evidence({ "nc-ec": generated.ecServer }, [generated.rsaClient]),
    expect: [{ status: "fail", object: "nc-ec", line: 1, message: /P-384/ }, { status: "pass", object: "clients/nms3.pem", line: 1 }],
  },
  { name: "unknown key type in the evidence is inconclusive", config: `${TLS} local-certificate nc`, evidence: evidence({ nc: facts({ keyAlgorithm: "unknown", keySize: undefined }) }), expect: [{ status: "inconclusive", object: "nc" }] },
  { name: "no netconf tls → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "no local certificate and no clients → not applicable", config: `${TLS} default-client-identity map-type san-dirname-cn`, expect: [{ status: "not-applicable" }] },
  { name: "no evidence → inconclusive naming the file", config: `${TLS} local-certificate nc-server`, expect: [{ status: "inconclusive", object: "nc-server", line: 1, message: /<certs>\/r1\/nc-server\.pem\|\.crt\|\.cer\|\.der/ }] },
  { name: "evidence without that certificate → inconclusive naming the file", config: `${TLS} local-certificate nc-server`, evidence: evidence({ other: facts() }), expect: [{ status: "inconclusive", object: "nc-server", message: /certs\/r1\/nc-server\.pem/ }] },
  { name: "RSA local certificate passes", config: `${TLS} local-certificate nc-server`, evidence: evidence({ "nc-server": facts() }), expect: [{ status: "pass", object: "nc-server", line: 1 }] },
  { name: "ECDSA local certificate fails", config: `set system host-name r1\n${TLS} local-certificate nc-server`, evidence: evidence({ "nc-server": ec }), expect: [{ status: "fail", object: "nc-server", line: 2, message: /EC \(P-256\)/ }] },
  {
    name: "client certificates given as evidence are judged too (curly)",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                local-certificate nc-server;", "            }", "        }", "    }", "}"].join("\n"),
    evidence: evidence({ "nc-server": facts() }, [rsaClient, ecClient]),
    expect: [
      { status: "pass", object: "nc-server", line: 5 },
      { status: "pass", object: "clients/nms1.pem", line: 4 },
      { status: "fail", object: "clients/nms2.pem", line: 4, message: /CN=nms2/ },
    ],
  },
  {
    name: "inactive local-certificate is not judged",
    config: [`${TLS} local-certificate nc-server`, `${TLS} default-client-identity map-type san-dirname-cn`, `deactivate ${TLS.slice(4)} local-certificate`].join("\n"),
    evidence: evidence({ "nc-server": ec }),
    expect: [{ status: "not-applicable" }],
  },
  {
    name: "local-certificate inherited from a group",
    config: ["set groups NC system services netconf tls local-certificate nc-server", "set apply-groups NC"].join("\n"),
    evidence: evidence({ "nc-server": ec }),
    expect: [{ status: "fail", object: "nc-server", line: 1, inheritedFrom: "NC" }],
  },
];

describe("netconf-tls-rsa-certificate", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
