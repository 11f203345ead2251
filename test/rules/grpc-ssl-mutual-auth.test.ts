import { describe } from "vitest";
import rule from "../../src/rules/grpc-ssl-mutual-auth.js";
import type { DeviceEvidence } from "../../src/model/certificates.js";
import { facts } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const SSL = "set system services extension-service request-response grpc ssl";
const MA = `${SSL} mutual-authentication`;
const gnoiBundle: DeviceEvidence = { local: new Map(), ca: new Map([["gnoi-ca-bundle", { name: "gnoi-ca-bundle", chain: [facts({ subject: "CN=Root", issuer: "CN=Root", selfSigned: true })] }]]), clients: [], dir: "certs/r1" };

const cases: RuleCase[] = [
  { name: "no gRPC → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "gRPC without ssl → not applicable", config: "set system services extension-service request-response grpc max-connections 5", expect: [{ status: "not-applicable", message: /no ssl/ }] },
  { name: "no mutual-authentication fails at ssl", config: ["set system host-name r1", `${SSL} port 32767`].join("\n"), expect: [{ status: "fail", line: 2, message: /no mutual-authentication/ }] },
  { name: "gNOI CA bundle in the evidence implies mutual authentication", config: `${SSL} port 32767`, evidence: gnoiBundle, expect: [{ status: "pass", line: 1, message: /gnoi-ca-bundle/ }] },
  { name: "mutual-authentication without certificate-authority fails", config: [`${SSL} port 32767`, `${MA} client-certificate-request require-certificate-and-verify`].join("\n"), expect: [{ status: "fail", line: 2, message: /no certificate-authority/ }] },
  { name: "CA without client-certificate-request uses the verified default", config: [`${SSL} port 32767`, `${MA} certificate-authority corp-ca`].join("\n"), expect: [{ status: "pass", line: 2, message: /default/ }] },
  { name: "require-certificate-and-verify passes", config: [`${MA} certificate-authority corp-ca`, `${MA} client-certificate-request require-certificate-and-verify`].join("\n"), expect: [{ status: "pass", line: 2, message: /corp-ca/ }] },
  { name: "require-certificate (unverified) fails high", config: [`${MA} certificate-authority corp-ca`, `${MA} client-certificate-request require-certificate`].join("\n"), expect: [{ status: "fail", line: 2, severity: "high", message: /never verifies/ }] },
  { name: "no-certificate fails high", config: [`${MA} certificate-authority corp-ca`, `${MA} client-certificate-request no-certificate`].join("\n"), expect: [{ status: "fail", line: 2, severity: "high" }] },
  {
    name: "request-certificate-and-verify fails low (curly)",
    config: ["system {", "    services {", "        extension-service {", "            request-response {", "                grpc {", "                    ssl {", "                        mutual-authentication {", "                            certificate-authority corp-ca;", "                            client-certificate-request request-certificate-and-verify;", "                        }", "                    }", "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "fail", line: 9, severity: "low" }],
  },
  {
    name: "inactive mutual-authentication does not count",
    config: [`${SSL} port 32767`, `${MA} certificate-authority corp-ca`, `deactivate ${MA.slice(4)}`].join("\n"),
    expect: [{ status: "fail", line: 1, message: /no mutual-authentication/ }],
  },
  {
    name: "weak client-certificate-request inherited from a group",
    config: [`${MA} certificate-authority corp-ca`, "set groups GRPC system services extension-service request-response grpc ssl mutual-authentication client-certificate-request request-certificate", "set apply-groups GRPC"].join("\n"),
    expect: [{ status: "fail", line: 2, severity: "high", inheritedFrom: "GRPC" }],
  },
];

describe("grpc-ssl-mutual-auth", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
