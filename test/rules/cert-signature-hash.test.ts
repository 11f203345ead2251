import { describe } from "vitest";
import rule from "../../src/rules/cert-signature-hash.js";
import { evidence, facts, generatedFacts } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const NC = "set system services netconf tls local-certificate";
const REST = "set system services rest https server-certificate";
const WEB = "set system services web-management https pki-local-certificate";
const sha1 = facts({ signatureHash: "sha1", signatureAlgorithm: "sha1WithRSAEncryption" });

const generated = {
  sha1: await generatedFacts({ subject: "CN=old", hash: "SHA-1" }),
  sha384: await generatedFacts({ subject: "CN=new", hash: "SHA-384" }),
};

const cases: RuleCase[] = [
  {
    name: "generated certificates: SHA-1 fails, SHA-384 passes",
    config: ["set system services netconf tls local-certificate old", "set system services rest https server-certificate new"].join("\n"),
    evidence: evidence({ old: generated.sha1, new: generated.sha384 }),
    expect: [{ status: "fail", object: "old", line: 1, message: /sha1/ }, { status: "pass", object: "new", line: 2 }],
  },
  { name: "no service certificate → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable" }] },
  { name: "no evidence → inconclusive", config: `${WEB} web`, expect: [{ status: "inconclusive", object: "web", line: 1, message: /web\.pem/ }] },
  {
    name: "sha1 and md5 fail, sha256 and sha384 pass, algorithm names without a hash field are read",
    config: [`${NC} s1`, `${REST} md`, `${WEB} s256`, "set system services web-management https virtual-domain portal pki-local-certificate s384"].join("\n"),
    evidence: evidence({
      s1: sha1,
      md: facts({ signatureHash: undefined, signatureAlgorithm: "md5WithRSAEncryption" }),
      s256: facts(),
      s384: facts({ signatureHash: undefined, signatureAlgorithm: "ecdsa-with-SHA384" }),
    }),
    expect: [
      { status: "fail", object: "s1", line: 1, message: /sha1/ },
      { status: "fail", object: "md", line: 2, message: /md5/ },
      { status: "pass", object: "s256", line: 3 },
      { status: "pass", object: "s384", line: 4, message: /virtual-domain portal|SHA384/ },
    ],
  },
  { name: "no signature algorithm in the evidence → inconclusive", config: `${NC} x`, evidence: evidence({ x: facts({ signatureHash: undefined, signatureAlgorithm: undefined }) }), expect: [{ status: "inconclusive", object: "x" }] },
  {
    name: "SHA-1 REST certificate in curly",
    config: ["system {", "    services {", "        rest {", "            https {", "                server-certificate rest-cert;", "            }", "        }", "    }", "}"].join("\n"),
    evidence: evidence({ "rest-cert": sha1 }),
    expect: [{ status: "fail", object: "rest-cert", line: 5 }],
  },
  {
    name: "inactive web-management is not judged",
    config: [`${WEB} old`, `${NC} new`, "deactivate system services web-management"].join("\n"),
    evidence: evidence({ old: sha1, new: facts() }),
    expect: [{ status: "pass", object: "new", line: 2 }],
  },
  {
    name: "certificate inherited from a group",
    config: ["set groups WEB system services web-management https pki-local-certificate old", "set apply-groups WEB"].join("\n"),
    evidence: evidence({ old: sha1 }),
    expect: [{ status: "fail", object: "old", line: 1, inheritedFrom: "WEB" }],
  },
];

describe("cert-signature-hash", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
