import { describe } from "vitest";
import rule from "../../src/rules/rest-allowed-sources.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const REST = "set system services rest";

const cases: RuleCase[] = [
  { name: "no rest → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable" }] },
  { name: "no control fails at rest", config: ["set system host-name r1", `${REST} https server-certificate c1`].join("\n"), expect: [{ status: "fail", line: 2, message: /from any address/ }] },
  { name: "control without allowed-sources fails at control", config: [`${REST} https server-certificate c1`, `${REST} control connection-limit 10`].join("\n"), expect: [{ status: "fail", line: 2 }] },
  { name: "allowed-sources passes, naming them", config: [`${REST} control allowed-sources 10.10.10.5`, `${REST} control allowed-sources 10.10.10.6`].join("\n"), expect: [{ status: "pass", line: 1, message: /10\.10\.10\.5, 10\.10\.10\.6/ }] },
  {
    name: "deactivated allowed-sources does not count",
    config: [`${REST} control allowed-sources 10.10.10.5`, `${REST} control connection-limit 10`, `deactivate ${REST.slice(4)} control allowed-sources`].join("\n"),
    // control was created by line 1: the missing statement points at it
    expect: [{ status: "fail", line: 1 }],
  },
  {
    name: "allowed-sources inherited from a group",
    config: ["set groups MGMT system services rest control allowed-sources 192.0.2.10", "set apply-groups MGMT", `${REST} https server-certificate c1`].join("\n"),
    expect: [{ status: "pass", line: 1, inheritedFrom: "MGMT" }],
  },
  {
    name: "curly allowed-sources list",
    config: ["system {", "    services {", "        rest {", "            control {", "                allowed-sources [ 10.10.10.5 10.10.10.6 ];", "                connection-limit 10;", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "pass", line: 5 }],
  },
];

describe("rest-allowed-sources", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
