import { describe } from "vitest";
import rule from "../../src/rules/rest-https-cipher-suite-b.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const REST = "set system services rest";
const LIST = `${REST} https cipher-list`;

const cases: RuleCase[] = [
  { name: "no rest → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable" }] },
  { name: "no cipher-list fails", config: `${REST} https server-certificate c1`, expect: [{ status: "fail", line: 1, message: /no cipher-list.*expected only ecdhe-rsa-with-aes-128-gcm-sha256/ }] },
  { name: "both Suite B suites pass", config: [`${LIST} ecdhe-rsa-with-aes-256-gcm-sha384`, `${LIST} ecdhe-rsa-with-aes-128-gcm-sha256`].join("\n"), expect: [{ status: "pass", line: 1 }] },
  { name: "one Suite B suite passes", config: `${LIST} ecdhe-rsa-with-aes-128-gcm-sha256`, expect: [{ status: "pass" }] },
  {
    name: "a strong non-Suite-B suite fails at its line",
    config: [`${LIST} ecdhe-rsa-with-aes-256-gcm-sha384`, `${LIST} dhe-rsa-with-aes-256-gcm-sha384`].join("\n"),
    expect: [{ status: "fail", line: 2, message: /outside Suite B: dhe-rsa-with-aes-256-gcm-sha384;/ }],
  },
  { name: "TLS 1.3 suites are outside Suite B", config: `${LIST} tls-aes-256-gcm-sha384`, expect: [{ status: "fail", message: /tls-aes-256-gcm-sha384/ }] },
  {
    name: "deactivated extra suite does not count",
    config: [`${LIST} ecdhe-rsa-with-aes-256-gcm-sha384`, `${LIST} rsa-with-aes-128-cbc-sha256`, `deactivate ${LIST.slice(4)} rsa-with-aes-128-cbc-sha256`].join("\n"),
    expect: [{ status: "pass" }],
  },
  {
    name: "non-Suite-B suite inherited from a group",
    config: ["set groups BASE system services rest https cipher-list rsa-with-aes-128-gcm-sha256", "set apply-groups BASE", `${LIST} ecdhe-rsa-with-aes-256-gcm-sha384`].join("\n"),
    expect: [{ status: "fail", line: 1, inheritedFrom: "BASE" }],
  },
  {
    name: "XML cipher-list entries",
    config: ["<configuration><system><services><rest><https>", "<cipher-list>ecdhe-rsa-with-aes-256-gcm-sha384</cipher-list>", "<cipher-list>ecdhe-rsa-with-aes-128-gcm-sha256</cipher-list>", "</https></rest></services></system></configuration>"].join("\n"),
    expect: [{ status: "pass" }],
  },
];

describe("rest-https-cipher-suite-b", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
