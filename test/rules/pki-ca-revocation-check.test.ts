import { describe } from "vitest";
import rule from "../../src/rules/pki-ca-revocation-check.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const CA = "set security pki ca-profile CORP-CA";
const REST_CA = "set system services rest https mutual-authentication certificate-authority CORP-CA";

const cases: RuleCase[] = [
  { name: "no client-auth CA → not applicable", config: [`${CA} ca-identity CORP-CA`, `${CA} revocation-check disable`].join("\n"), expect: [{ status: "not-applicable" }] },
  {
    name: "REST CA with a CRL url passes",
    config: [`${CA} ca-identity CORP-CA`, `${CA} revocation-check crl url http://pki.example.net/corp.crl`, REST_CA].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA", line: 1, message: /REST API mutual-authentication.*corp\.crl/ }],
  },
  { name: "OCSP url passes", config: [`${CA} revocation-check use-ocsp`, `${CA} revocation-check ocsp url http://ocsp.example.net`, REST_CA].join("\n"), expect: [{ status: "pass", object: "CORP-CA" }] },
  {
    name: "revocation-check disable fails at that statement",
    config: [`${CA} ca-identity CORP-CA`, `${CA} revocation-check disable`, REST_CA].join("\n"),
    expect: [{ status: "fail", object: "CORP-CA", line: 2, message: /revocation-check disable/ }],
  },
  { name: "neither crl url nor ocsp url fails at the profile", config: [`${CA} ca-identity CORP-CA`, REST_CA].join("\n"), expect: [{ status: "fail", object: "CORP-CA", line: 1, message: /neither a crl url nor an ocsp url/ }] },
  {
    name: "NETCONF over TLS makes every ca-profile a client-auth CA",
    config: [`${CA} ca-identity CORP-CA`, "set security pki ca-profile OTHER revocation-check crl url http://x/o.crl", "set system services netconf tls local-certificate nc"].join("\n"),
    expect: [{ status: "fail", object: "CORP-CA", message: /NETCONF over TLS/ }, { status: "pass", object: "OTHER" }],
  },
  {
    name: "gRPC and J-Web mtls both counted once per profile",
    config: [
      `${CA} revocation-check crl url http://x/c.crl`,
      "set system services extension-service request-response grpc ssl mutual-authentication certificate-authority CORP-CA",
      "set system services web-management https virtual-domain portal mtls ca-profile CORP-CA",
    ].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA", message: /gRPC mutual-authentication and J-Web virtual-domain portal mtls/ }],
  },
  {
    name: "a ca-profile-group cannot carry revocation settings → inconclusive",
    config: ["set security pki ca-profile-group gnoi-ca-bundle", "set system services extension-service request-response grpc ssl mutual-authentication certificate-authority gnoi-ca-bundle"].join("\n"),
    expect: [{ status: "inconclusive", object: "gnoi-ca-bundle", line: 1 }],
  },
  { name: "a CA that is not configured is left to pki-ca-profile-exists", config: "set system services rest https mutual-authentication certificate-authority NOPE", expect: [{ status: "not-applicable" }] },
  { name: "syslog CAs authenticate servers, not clients", config: [`${CA} ca-identity CORP-CA`, "set system syslog host 192.0.2.9 tlsdetails mutual-authentication certificate-authority CORP-CA"].join("\n"), expect: [{ status: "not-applicable" }] },
  {
    name: "deactivated crl leaves no url",
    config: [`${CA} revocation-check crl url http://x/c.crl`, REST_CA, "deactivate security pki ca-profile CORP-CA revocation-check crl"].join("\n"),
    expect: [{ status: "fail", object: "CORP-CA", message: /neither/ }],
  },
  {
    name: "revocation-check disable inherited from a group",
    config: ["set groups PKI security pki ca-profile <*> revocation-check disable", `${CA} ca-identity CORP-CA`, "set apply-groups PKI", REST_CA].join("\n"),
    expect: [{ status: "fail", object: "CORP-CA", line: 1, inheritedFrom: "PKI" }],
  },
  {
    name: "curly profile with crl url",
    config: [
      "system {", "    services {", "        rest {", "            https {", "                mutual-authentication {", "                    certificate-authority CORP-CA;", "                }", "            }", "        }", "    }", "}",
      "security {", "    pki {", "        ca-profile CORP-CA {", "            ca-identity CORP-CA;", "            revocation-check {", "                crl {",
      "                    url http://pki.example.net/corp-ca.crl;", "                    refresh-interval 24;", "                }", "            }", "        }", "    }", "}",
    ].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA", line: 14 }],
  },
];

describe("pki-ca-revocation-check", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
