import { describe } from "vitest";
import rule from "../../src/rules/rest-explorer-disabled.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const REST = "set system services rest";

const cases: RuleCase[] = [
  { name: "no rest → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable" }] },
  { name: "enable-explorer fails at its line", config: [`${REST} https server-certificate c1`, `${REST} enable-explorer`].join("\n"), expect: [{ status: "fail", line: 2, message: /Explorer is enabled/ }] },
  { name: "no enable-explorer passes", config: `${REST} https server-certificate c1`, expect: [{ status: "pass", line: 1 }] },
  { name: "deactivated enable-explorer passes", config: [`${REST} https server-certificate c1`, `${REST} enable-explorer`, `deactivate ${REST.slice(4)} enable-explorer`].join("\n"), expect: [{ status: "pass" }] },
  {
    name: "enable-explorer inherited from a group",
    config: ["set groups LAB system services rest enable-explorer", "set apply-groups LAB", `${REST} https server-certificate c1`].join("\n"),
    expect: [{ status: "fail", line: 1, inheritedFrom: "LAB" }],
  },
  {
    name: "curly enable-explorer",
    config: ["system {", "    services {", "        rest {", "            http;", "            enable-explorer;", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "fail", line: 5 }],
  },
];

describe("rest-explorer-disabled", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
