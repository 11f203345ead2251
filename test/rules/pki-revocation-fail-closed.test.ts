import { describe } from "vitest";
import rule from "../../src/rules/pki-revocation-fail-closed.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const CA = "set security pki ca-profile CORP-CA";

const cases: RuleCase[] = [
  { name: "no ca-profile → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable", message: /No security pki ca-profile/ }] },
  { name: "CRL without fail-open passes", config: [`${CA} ca-identity CORP-CA`, `${CA} revocation-check crl url http://x/c.crl`].join("\n"), expect: [{ status: "pass", object: "CORP-CA", line: 1 }] },
  {
    name: "crl disable on-download-failure fails at that line",
    config: [`${CA} ca-identity CORP-CA`, `${CA} revocation-check crl disable on-download-failure`].join("\n"),
    expect: [{ status: "fail", object: "CORP-CA", line: 2, message: /crl disable on-download-failure/ }],
  },
  { name: "ocsp connection-failure disable fails", config: [`${CA} revocation-check use-ocsp`, `${CA} revocation-check ocsp connection-failure disable`].join("\n"), expect: [{ status: "fail", line: 2, message: /ocsp connection-failure disable/ }] },
  { name: "ocsp connection-failure fallback-crl passes", config: [`${CA} revocation-check use-ocsp`, `${CA} revocation-check ocsp connection-failure fallback-crl`].join("\n"), expect: [{ status: "pass" }] },
  {
    name: "every fail-open statement is named, the first one located",
    config: [`${CA} revocation-check ocsp accept-unknown-status`, `${CA} revocation-check crl disable on-download-failure`].join("\n"),
    expect: [{ status: "fail", line: 2, message: /crl disable on-download-failure, ocsp accept-unknown-status/ }],
  },
  { name: "revocation-check disable → not applicable for that profile", config: `${CA} revocation-check disable`, expect: [{ status: "not-applicable", object: "CORP-CA", line: 1, message: /pki-ca-revocation-check/ }] },
  {
    name: "one result per profile",
    config: [`${CA} ca-identity CORP-CA`, "set security pki ca-profile B ca-identity B", "set security pki ca-profile B revocation-check ocsp accept-unknown-status"].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA" }, { status: "fail", object: "B", line: 3 }],
  },
  { name: "deactivated fail-open statement passes", config: [`${CA} revocation-check crl disable on-download-failure`, `deactivate security pki ca-profile CORP-CA revocation-check crl disable`].join("\n"), expect: [{ status: "pass" }] },
  {
    name: "fail-open inherited from a group",
    config: ["set groups PKI security pki ca-profile <*> revocation-check crl disable on-download-failure", "set apply-groups PKI", `${CA} ca-identity CORP-CA`].join("\n"),
    expect: [{ status: "fail", object: "CORP-CA", line: 1, inheritedFrom: "PKI" }],
  },
  {
    name: "XML ocsp accept-unknown-status",
    config: [
      "<configuration><security><pki>", "<ca-profile>", "<name>CORP-CA</name>", "<revocation-check>", "<ocsp>", "<accept-unknown-status/>", "</ocsp>", "</revocation-check>", "</ca-profile>", "</pki></security></configuration>",
    ].join("\n"),
    expect: [{ status: "fail", object: "CORP-CA", line: 6 }],
  },
  {
    name: "JSON ca-profile list with crl disable on-download-failure",
    config: [
      '{"configuration": {"security": {"pki": {',
      '  "ca-profile": [',
      '    {"name": "CORP-CA", "ca-identity": "CORP-CA"},',
      '    {"name": "LAB-CA", "revocation-check": {"crl": {',
      '      "disable": {"on-download-failure": [null]}',
      "    }}}",
      "  ]",
      "}}}}",
    ].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA", line: 3 }, { status: "fail", object: "LAB-CA", line: 5 }],
  },
];

describe("pki-revocation-fail-closed", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
