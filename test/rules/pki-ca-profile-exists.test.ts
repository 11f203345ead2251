import { describe } from "vitest";
import rule from "../../src/rules/pki-ca-profile-exists.js";
import { evidence, facts } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const PROFILE = "set security pki ca-profile CORP-CA ca-identity CORP-CA";
const REST_CA = "set system services rest https mutual-authentication certificate-authority";
const GRPC_CA = "set system services extension-service request-response grpc ssl mutual-authentication certificate-authority";
const withGnoiBundle = { ...evidence({}), ca: new Map([["gnoi-ca-bundle", { name: "gnoi-ca-bundle", chain: [facts({ subject: "CN=Root", issuer: "CN=Root" })] }]]) };

const cases: RuleCase[] = [
  { name: "no CA reference → not applicable", config: [PROFILE, "set system services rest https server-certificate c1"].join("\n"), expect: [{ status: "not-applicable", message: /No TLS service names a CA/ }] },
  { name: "REST names a configured ca-profile → pass", config: [PROFILE, `${REST_CA} CORP-CA`].join("\n"), expect: [{ status: "pass", object: "CORP-CA", line: 2, message: /REST API mutual-authentication/ }] },
  { name: "gRPC names a missing CA → fail", config: [PROFILE, `${GRPC_CA} OTHER-CA`].join("\n"), expect: [{ status: "fail", object: "OTHER-CA", line: 2, message: /gRPC.*"OTHER-CA".*not a configured/ }] },
  {
    name: "one result per reference: the same CA named by REST and gRPC",
    config: [PROFILE, `${REST_CA} CORP-CA`, `${GRPC_CA} CORP-CA`].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA", line: 2 }, { status: "pass", object: "CORP-CA", line: 3 }],
  },
  { name: "gnoi-ca-bundle without evidence → inconclusive", config: `${GRPC_CA} gnoi-ca-bundle`, expect: [{ status: "inconclusive", object: "gnoi-ca-bundle", message: /--certs DIR and provide <certs>\/r1\/ca\/gnoi-ca-bundle\.pem\|\.crt\|\.cer\|\.der/ }] },
  { name: "gnoi-ca-bundle with empty CA evidence → inconclusive", config: `${GRPC_CA} gnoi-ca-bundle`, evidence: evidence({}), expect: [{ status: "inconclusive", message: /looked for certs\/r1\/ca\/gnoi-ca-bundle\.pem/ }] },
  { name: "gnoi-ca-bundle shown by CA evidence → pass", config: `${GRPC_CA} gnoi-ca-bundle`, evidence: withGnoiBundle, expect: [{ status: "pass", object: "gnoi-ca-bundle" }] },
  { name: "gnoi-ca-bundle configured as a ca-profile-group → pass", config: ["set security pki ca-profile-group gnoi-ca-bundle", `${GRPC_CA} gnoi-ca-bundle`].join("\n"), expect: [{ status: "pass" }] },
  {
    name: "trusted-ca-group members: one result each",
    config: [PROFILE, "set security pki trusted-ca-group TRUST ca-profiles CORP-CA", "set security pki trusted-ca-group TRUST ca-profiles GONE-CA"].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA", line: 2 }, { status: "fail", object: "GONE-CA", line: 3, message: /trusted-ca-group TRUST/ }],
  },
  {
    name: "syslog tlsdetails references",
    config: [
      PROFILE,
      "set system syslog host 192.0.2.9 transport tls",
      "set system syslog host 192.0.2.9 tlsdetails mutual-authentication certificate-authority CORP-CA",
      "set system syslog host 192.0.2.9 tlsdetails trusted-ca-group LOGS ca-profiles LOG-CA",
    ].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA", line: 3 }, { status: "fail", object: "LOG-CA", line: 4, message: /syslog host 192\.0\.2\.9/ }],
  },
  {
    name: "J-Web virtual-domain mtls ca-profile",
    config: ["set system services web-management https pki-local-certificate web", "set system services web-management https virtual-domain portal mtls ca-profile WEB-CA"].join("\n"),
    expect: [{ status: "fail", object: "WEB-CA", line: 2, message: /J-Web virtual-domain portal mtls/ }],
  },
  { name: "deactivated ca-profile does not count", config: [PROFILE, `${REST_CA} CORP-CA`, "deactivate security pki ca-profile CORP-CA"].join("\n"), expect: [{ status: "fail", object: "CORP-CA", line: 2 }] },
  {
    name: "reference inherited from a group",
    config: [PROFILE, "set groups MTLS system services rest https mutual-authentication certificate-authority MISSING", "set apply-groups MTLS", "set system services rest https server-certificate c1"].join("\n"),
    expect: [{ status: "fail", object: "MISSING", line: 2, inheritedFrom: "MTLS" }],
  },
  {
    name: "curly: ca-profile and reference",
    config: [
      "system {", "    services {", "        rest {", "            https {", "                mutual-authentication {", "                    certificate-authority CORP-CA;",
      "                }", "            }", "        }", "    }", "}", "security {", "    pki {", "        ca-profile CORP-CA {", "            ca-identity CORP-CA;", "        }", "    }", "}",
    ].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA", line: 6 }],
  },
];

describe("pki-ca-profile-exists", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
