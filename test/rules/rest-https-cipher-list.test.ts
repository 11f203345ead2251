import { describe, expect, it } from "vitest";
import rule, { isWeakSuite } from "../../src/rules/rest-https-cipher-list.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const REST = "set system services rest";
const LIST = `${REST} https cipher-list`;

const cases: RuleCase[] = [
  { name: "no rest → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable" }] },
  { name: "no cipher-list fails at https", config: [`${REST} control connection-limit 5`, `${REST} https server-certificate c1`].join("\n"), expect: [{ status: "fail", line: 2, message: /no cipher-list/ }] },
  { name: "http only: no cipher-list fails at rest", config: `${REST} http`, expect: [{ status: "fail", line: 1 }] },
  {
    name: "3des suite fails at its own line, naming it",
    config: [`${LIST} ecdhe-rsa-with-aes-256-gcm-sha384`, `${LIST} rsa-with-3des-ede-cbc-sha`].join("\n"),
    expect: [{ status: "fail", line: 2, message: /rsa-with-3des-ede-cbc-sha/ }],
  },
  { name: "SHA-1 MAC suite fails", config: `${LIST} ecdhe-rsa-with-aes-128-cbc-sha`, expect: [{ status: "fail", message: /ecdhe-rsa-with-aes-128-cbc-sha;/ }] },
  { name: "strong suites pass", config: [`${LIST} ecdhe-rsa-with-aes-256-gcm-sha384`, `${LIST} dhe-rsa-with-aes-128-cbc-sha256`].join("\n"), expect: [{ status: "pass", line: 1 }] },
  {
    name: "deactivated weak suite list leaves no cipher-list",
    config: [`${LIST} rsa-with-rc4-128-md5`, `deactivate ${LIST.slice(4)}`].join("\n"),
    expect: [{ status: "fail", message: /no cipher-list/ }],
  },
  {
    name: "weak suite from a group is unioned with the local list and fails",
    config: ["set groups OLD system services rest https cipher-list rsa-with-rc4-128-sha", "set apply-groups OLD", `${LIST} ecdhe-rsa-with-aes-256-gcm-sha384`].join("\n"),
    expect: [{ status: "fail", line: 1, inheritedFrom: "OLD", message: /rsa-with-rc4-128-sha/ }],
  },
  {
    name: "curly leaf-list with brackets",
    config: ["system {", "    services {", "        rest {", "            https {", "                cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 ecdhe-rsa-with-aes-128-gcm-sha256 ];", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "pass", line: 5 }],
  },
];

describe("rest-https-cipher-list", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);

  it("classifies suites: rc4, 3des, md5 and SHA-1 MACs are weak; SHA-2 and TLS 1.3 suites are not", () => {
    const weak = ["rsa-with-rc4-128-md5", "rsa-with-rc4-128-sha", "dhe-rsa-with-3des-ede-cbc-sha", "rsa-with-aes-256-cbc-sha", "ECDHE-RSA-WITH-AES-128-CBC-SHA"];
    const strong = ["rsa-with-aes-128-cbc-sha256", "ecdhe-rsa-with-aes-256-cbc-sha384", "ecdhe-rsa-with-aes-128-gcm-sha256", "tls-aes-256-gcm-sha384"];
    expect(weak.filter((s) => !isWeakSuite(s))).toEqual([]);
    expect(strong.filter(isWeakSuite)).toEqual([]);
  });
});
