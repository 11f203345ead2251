import { describe } from "vitest";
import rule from "../../src/rules/cert-not-self-signed.js";
import { evidence, facts, generatedFacts, makeCA } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const NC = "set system services netconf tls local-certificate";
const REST = "set system services rest https server-certificate";
const GRPC = "set system services extension-service request-response grpc ssl";
const WEB = "set system services web-management https";
const selfSigned = facts({ subject: "CN=r1", issuer: "CN=r1", selfSigned: true });
const fromRpc = facts({ subject: "CN=r1", issuer: "CN=r1", selfSigned: undefined, source: { uri: "certs/r1/pki.xml", kind: "pki-rpc", line: 4 } });

const root = await makeCA({ name: "Example Root" });
const generated = {
  self: await generatedFacts({ subject: "CN=r1-self" }),
  issued: await generatedFacts({ subject: "CN=r1-issued", issuer: root }),
  // names itself as issuer but is signed by the root's key: not self-signed
  sameNames: await generatedFacts({ subject: "CN=r1-same", signWith: root }),
};

const cases: RuleCase[] = [
  {
    name: "generated certificates: self-signed fails; CA-issued and self-named-but-CA-signed pass",
    config: ["set system services netconf tls local-certificate gen-self", "set system services rest https server-certificate gen-issued", "set system services web-management https pki-local-certificate gen-same"].join("\n"),
    evidence: evidence({ "gen-self": generated.self, "gen-issued": generated.issued, "gen-same": generated.sameNames }),
    expect: [{ status: "fail", object: "gen-self", line: 1 }, { status: "pass", object: "gen-issued", line: 2, message: /Example Root/ }, { status: "pass", object: "gen-same", line: 3 }],
  },
  { name: "no service certificate → not applicable", config: "set system services ssh\nset system services netconf ssh", expect: [{ status: "not-applicable" }] },
  { name: "J-Web system-generated certificate fails on configuration alone", config: `set system host-name r1\n${WEB} system-generated-certificate`, expect: [{ status: "fail", object: "system-generated-certificate", line: 2, message: /self-signed by definition/ }] },
  { name: "no evidence → inconclusive naming the file looked for", config: `${NC} nc-server`, expect: [{ status: "inconclusive", object: "nc-server", line: 1, message: /--certs.*<certs>\/r1\/nc-server\.pem\|\.crt\|\.cer\|\.der/ }] },
  {
    name: "self-signed fails, CA-issued passes, RPC reply with subject = issuer is inconclusive",
    config: [`${NC} nc-server`, `${REST} rest-cert`, `${WEB} pki-local-certificate web-cert`].join("\n"),
    evidence: evidence({ "nc-server": selfSigned, "rest-cert": facts(), "web-cert": fromRpc }),
    expect: [
      { status: "fail", object: "nc-server", line: 1, message: /NETCONF over TLS.*self-signed/ },
      { status: "pass", object: "rest-cert", line: 2, message: /REST API.*Example Issuing CA/ },
      { status: "inconclusive", object: "web-cert", line: 3, message: /no signature to verify/ },
    ],
  },
  {
    name: "a certificate shared by two services is judged once, naming both",
    config: [`${NC} mgmt`, `${REST} mgmt`].join("\n"),
    evidence: evidence({ mgmt: selfSigned }),
    expect: [{ status: "fail", object: "mgmt", line: 1, message: /NETCONF over TLS and REST API/ }],
  },
  {
    name: "gRPC certificates: security certificates local without use-pki, PKI ids with it",
    config: [`${GRPC} local-certificate legacy`, "set system services extension-service request-response grpc ssl local-certificate second"].join("\n"),
    evidence: evidence({ second: facts() }),
    expect: [{ status: "inconclusive", object: "legacy", line: 1, message: /security certificates local.*certs\/r1\/legacy\.pem/ }, { status: "pass", object: "second", line: 2 }],
  },
  {
    name: "REST server-certificate (curly)",
    config: ["system {", "    services {", "        rest {", "            https {", "                server-certificate rest-cert;", "            }", "        }", "    }", "}"].join("\n"),
    evidence: evidence({ "rest-cert": selfSigned }),
    expect: [{ status: "fail", object: "rest-cert", line: 5 }],
  },
  {
    name: "inactive service certificate is not judged",
    config: [`${NC} nc-server`, `${REST} rest-cert`, "deactivate system services rest"].join("\n"),
    evidence: evidence({ "nc-server": facts(), "rest-cert": selfSigned }),
    expect: [{ status: "pass", object: "nc-server", line: 1 }],
  },
  {
    name: "certificate inherited from a group",
    config: ["set groups MGMT system services netconf tls local-certificate nc-server", "set apply-groups MGMT"].join("\n"),
    evidence: evidence({ "nc-server": selfSigned }),
    expect: [{ status: "fail", object: "nc-server", line: 1, inheritedFrom: "MGMT" }],
  },
];

describe("cert-not-self-signed", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
