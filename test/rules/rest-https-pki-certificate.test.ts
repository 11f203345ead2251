import { describe } from "vitest";
import rule from "../../src/rules/rest-https-pki-certificate.js";
import { evidence, facts } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const REST = "set system services rest";
const CERT = `${REST} https server-certificate rest-cert`;
const selfSigned = facts({ subject: "CN=r1", issuer: "CN=r1", selfSigned: true });
const rpc = (over: Parameters<typeof facts>[0]) => facts({ source: { uri: "certs/r1/pki-local.xml", kind: "pki-rpc", line: 4 }, selfSigned: undefined, ...over });

const cases: RuleCase[] = [
  { name: "no rest → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable" }] },
  { name: "no server-certificate fails", config: `${REST} http`, expect: [{ status: "fail", line: 1, message: /no server-certificate/ }] },
  {
    name: "no evidence → inconclusive naming the file looked for",
    config: CERT,
    expect: [{ status: "inconclusive", object: "rest-cert", line: 1, message: /--certs DIR.*<certs>\/r1\/rest-cert\.pem\|\.crt\|\.cer\|\.der/ }],
  },
  { name: "CA-issued certificate passes", config: CERT, evidence: evidence({ "rest-cert": facts() }), expect: [{ status: "pass", object: "rest-cert", message: /Example Issuing CA/ }] },
  { name: "self-signed certificate fails", config: CERT, evidence: evidence({ "rest-cert": selfSigned }), expect: [{ status: "fail", object: "rest-cert", message: /self-signed/ }] },
  {
    name: "RPC reply with subject = issuer → inconclusive (no signature to verify)",
    config: CERT,
    evidence: evidence({ "rest-cert": rpc({ subject: "CN=r1", issuer: "CN=r1" }) }),
    expect: [{ status: "inconclusive", message: /carries no signature/ }],
  },
  {
    name: "RPC reply whose DNs differ only in spelling (subjectEqualsIssuer) → inconclusive",
    config: CERT,
    evidence: evidence({ "rest-cert": rpc({ subject: "CN=r1, O=Example", issuer: "cn=r1,o=example", subjectEqualsIssuer: true }) }),
    expect: [{ status: "inconclusive", object: "rest-cert" }],
  },
  { name: "RPC reply with a different issuer passes", config: CERT, evidence: evidence({ "rest-cert": rpc({}) }), expect: [{ status: "pass" }] },
  {
    name: "PKI listing without that id fails, naming the ids found",
    config: CERT,
    evidence: evidence({ "nc-cert": rpc({}) }),
    expect: [{ status: "fail", object: "rest-cert", message: /not a local certificate.*nc-cert/ }],
  },
  {
    name: "certificate files without that id (no PKI listing) → inconclusive",
    config: CERT,
    evidence: evidence({ "nc-cert": facts() }),
    expect: [{ status: "inconclusive", message: /looked for certs\/r1\/rest-cert\.pem/ }],
  },
  {
    name: "inactive server-certificate: the active one is judged",
    config: [`${REST} https server-certificate old-cert`, `deactivate ${REST.slice(4)} https server-certificate`].join("\n"),
    evidence: evidence({ "old-cert": selfSigned }),
    expect: [{ status: "fail", message: /no server-certificate/ }],
  },
  {
    name: "server-certificate inherited from a group",
    config: ["set groups TLS system services rest https server-certificate rest-cert", "set apply-groups TLS", `${REST} https port 3443`].join("\n"),
    evidence: evidence({ "rest-cert": selfSigned }),
    expect: [{ status: "fail", object: "rest-cert", line: 1, inheritedFrom: "TLS" }],
  },
  {
    name: "XML server-certificate",
    config: ["<configuration><system><services><rest>", "<https>", "<server-certificate>rest-cert</server-certificate>", "</https>", "</rest></services></system></configuration>"].join("\n"),
    evidence: evidence({ "rest-cert": facts() }),
    expect: [{ status: "pass", line: 3 }],
  },
];

describe("rest-https-pki-certificate", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
