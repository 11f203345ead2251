import { describe } from "vitest";
import rule from "../../src/rules/cert-key-strength.js";
import { evidence, facts, generatedFacts } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const NC = "set system services netconf tls local-certificate";
const REST = "set system services rest https server-certificate";
const WEB = "set system services web-management https";
const GRPC = "set system services extension-service request-response grpc ssl";

const generated = {
  rsa1024: await generatedFacts({ subject: "CN=weak", bits: 1024 }),
  p256: await generatedFacts({ subject: "CN=ec", keyAlg: "ec", curve: "P-256" }),
};

const cases: RuleCase[] = [
  {
    name: "generated certificates: RSA 1024 fails, P-256 passes",
    config: ["set system services netconf tls local-certificate weak", "set system services rest https server-certificate ec"].join("\n"),
    evidence: evidence({ weak: generated.rsa1024, ec: generated.p256 }),
    expect: [{ status: "fail", object: "weak", line: 1, message: /1024-bit RSA/ }, { status: "pass", object: "ec", line: 2, message: /256-bit EC/ }],
  },
  { name: "no service certificate → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable" }] },
  { name: "no evidence → inconclusive", config: `${REST} rest-cert`, expect: [{ status: "inconclusive", object: "rest-cert", line: 1, message: /rest-cert\.pem/ }] },
  {
    name: "RSA 1024 and P-192 fail, RSA 2048, P-384 and Ed25519 pass, DSA fails",
    config: [`${NC} rsa1024`, `${REST} rsa2048`, `${WEB} pki-local-certificate p384`, `${GRPC} use-pki`, `${GRPC} local-certificate p192`, `${GRPC} local-certificate dsa`, `${GRPC} local-certificate ed`].join("\n"),
    evidence: evidence({
      rsa1024: facts({ keySize: 1024 }),
      rsa2048: facts(),
      p384: facts({ keyAlgorithm: "EC", keySize: 384, curve: "P-384" }),
      p192: facts({ keyAlgorithm: "EC", keySize: 192, curve: "P-192" }),
      dsa: facts({ keyAlgorithm: "DSA", keySize: 2048 }),
      ed: facts({ keyAlgorithm: "Ed25519", keySize: undefined }),
    }),
    expect: [
      { status: "fail", object: "rsa1024", line: 1, message: /1024-bit RSA.*at least 2048/ },
      { status: "pass", object: "rsa2048", line: 2 },
      { status: "pass", object: "p384", line: 3, message: /384-bit EC P-384/ },
      { status: "fail", object: "p192", line: 5, message: /at least 256/ },
      { status: "fail", object: "dsa", line: 6, message: /DSA/ },
      { status: "pass", object: "ed", line: 7 },
    ],
  },
  { name: "unknown key size is inconclusive", config: `${NC} nc`, evidence: evidence({ nc: facts({ keySize: undefined }) }), expect: [{ status: "inconclusive", object: "nc", message: /unknown size/ }] },
  { name: "J-Web system-generated certificate cannot be described by evidence", config: `${WEB} system-generated-certificate`, evidence: evidence({}), expect: [{ status: "inconclusive", object: "system-generated-certificate", line: 1, message: /no PKI id/ }] },
  {
    name: "weak key in curly",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                local-certificate nc;", "            }", "        }", "    }", "}"].join("\n"),
    evidence: evidence({ nc: facts({ keySize: 1024 }) }),
    expect: [{ status: "fail", object: "nc", line: 5 }],
  },
  {
    name: "inactive use-pki: the gRPC certificate is a security certificates local entry",
    config: [`${GRPC} local-certificate legacy`, `${GRPC} use-pki`, `deactivate ${GRPC.slice(4)} use-pki`].join("\n"),
    evidence: evidence({}),
    expect: [{ status: "inconclusive", object: "legacy", line: 1, message: /"security certificates local" entry/ }],
  },
  {
    name: "inactive certificate statement is not judged",
    config: [`${NC} weak`, `${REST} strong`, `deactivate ${NC.replace("set ", "")}`].join("\n"),
    evidence: evidence({ weak: facts({ keySize: 1024 }), strong: facts() }),
    expect: [{ status: "pass", object: "strong", line: 2 }],
  },
  {
    name: "certificate inherited from a group",
    config: ["set groups REST system services rest https server-certificate weak", "set apply-groups REST"].join("\n"),
    evidence: evidence({ weak: facts({ keySize: 1024 }) }),
    expect: [{ status: "fail", object: "weak", line: 1, inheritedFrom: "REST" }],
  },
];

describe("cert-key-strength", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
