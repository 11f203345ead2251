import { describe } from "vitest";
import rule from "../../src/rules/web-management-pki-certificate.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const WEB = "set system services web-management";

const cases: RuleCase[] = [
  { name: "no web-management → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable", message: /J-Web is not configured/ }] },
  { name: "http only → not applicable (no https)", config: `${WEB} http`, expect: [{ status: "not-applicable", message: /HTTPS is not configured/ }] },
  { name: "pki-local-certificate passes", config: [`${WEB} http`, `${WEB} https pki-local-certificate web-cert`].join("\n"), expect: [{ status: "pass", object: "web-cert", line: 2 }] },
  { name: "system-generated-certificate fails", config: [`${WEB} https port 443`, `${WEB} https system-generated-certificate`].join("\n"), expect: [{ status: "fail", line: 2, message: /self-signed system-generated-certificate/ }] },
  { name: "local-certificate fails, naming it", config: `${WEB} https local-certificate legacy`, expect: [{ status: "fail", object: "legacy", line: 1, message: /local-certificate "legacy".*private key/ }] },
  { name: "https without any certificate fails at https", config: [`${WEB} https port 443`, `${WEB} https interface fxp0.0`].join("\n"), expect: [{ status: "fail", line: 1, message: /names no certificate/ }] },
  {
    name: "deactivated pki-local-certificate leaves https without a certificate",
    config: [`${WEB} https pki-local-certificate web-cert`, `${WEB} https port 443`, "deactivate system services web-management https pki-local-certificate"].join("\n"),
    expect: [{ status: "fail", line: 1, message: /names no certificate/ }],
  },
  {
    name: "system-generated-certificate inherited from a group",
    config: ["set groups BRANCH system services web-management https system-generated-certificate", "set apply-groups BRANCH", `${WEB} https port 443`].join("\n"),
    expect: [{ status: "fail", line: 1, inheritedFrom: "BRANCH" }],
  },
  {
    name: "XML pki-local-certificate",
    config: ["<configuration><system><services><web-management>", "<https>", "<pki-local-certificate>web-cert</pki-local-certificate>", "</https>", "</web-management></services></system></configuration>"].join("\n"),
    expect: [{ status: "pass", object: "web-cert", line: 3 }],
  },
];

describe("web-management-pki-certificate", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
