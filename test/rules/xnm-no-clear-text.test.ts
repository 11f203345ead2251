import { describe } from "vitest";
import rule from "../../src/rules/xnm-no-clear-text.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const cases: RuleCase[] = [
  { name: "no system services at all → pass (the service is not set)", config: "set system host-name r1", expect: [{ status: "pass" }] },
  { name: "xnm-clear-text fails at its line", config: ["set system services ssh", "set system services xnm-clear-text"].join("\n"), expect: [{ status: "fail", line: 2, message: /TCP 3221/ }] },
  { name: "xnm-ssl only passes at services", config: ["set system host-name r1", "set system services xnm-ssl local-certificate xnm"].join("\n"), expect: [{ status: "pass", line: 2 }] },
  { name: "deactivated xnm-clear-text passes", config: ["set system services xnm-clear-text", "deactivate system services xnm-clear-text"].join("\n"), expect: [{ status: "pass" }] },
  {
    name: "xnm-clear-text inherited from a group",
    config: ["set groups OLD system services xnm-clear-text", "set apply-groups OLD", "set system services ssh"].join("\n"),
    expect: [{ status: "fail", line: 1, inheritedFrom: "OLD" }],
  },
  {
    name: "curly: inactive xnm-clear-text passes",
    config: ["system {", "    services {", "        ssh;", "        inactive: xnm-clear-text;", "    }", "}"].join("\n"),
    expect: [{ status: "pass", line: 2 }],
  },
  {
    name: "XML xnm-clear-text",
    config: ["<configuration>", "<system>", "<services>", "<xnm-clear-text/>", "</services>", "</system>", "</configuration>"].join("\n"),
    expect: [{ status: "fail", line: 4 }],
  },
];

describe("xnm-no-clear-text", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
