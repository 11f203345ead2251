import { describe } from "vitest";
import rule from "../../src/rules/web-management-no-http.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const WEB = "set system services web-management";

const cases: RuleCase[] = [
  { name: "no web-management → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable", message: /J-Web is not configured/ }] },
  { name: "http fails at its line", config: [`${WEB} https pki-local-certificate web`, `${WEB} http interface fxp0.0`].join("\n"), expect: [{ status: "fail", line: 2, message: /clear-text HTTP/ }] },
  { name: "https only passes", config: [`${WEB} https pki-local-certificate web`, `${WEB} session idle-timeout 10`].join("\n"), expect: [{ status: "pass", line: 1 }] },
  { name: "deactivated http passes", config: [`${WEB} https pki-local-certificate web`, `${WEB} http`, "deactivate system services web-management http"].join("\n"), expect: [{ status: "pass" }] },
  {
    name: "http inherited from a group",
    config: ["set groups BRANCH system services web-management http", "set apply-groups BRANCH", `${WEB} https system-generated-certificate`].join("\n"),
    expect: [{ status: "fail", line: 1, inheritedFrom: "BRANCH" }],
  },
  {
    name: "curly http",
    config: ["system {", "    services {", "        web-management {", "            http {", "                interface fxp0.0;", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "fail", line: 4 }],
  },
];

describe("web-management-no-http", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
