import { describe } from "vitest";
import rule from "../../src/rules/rest-connection-limit.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const REST = "set system services rest";

const cases: RuleCase[] = [
  { name: "no rest → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable" }] },
  { name: "no connection-limit fails at control", config: [`${REST} https server-certificate c1`, `${REST} control allowed-sources 10.0.0.1`].join("\n"), expect: [{ status: "fail", line: 2, message: /no connection limit/ }] },
  { name: "connection-limit passes with its value", config: `${REST} control connection-limit 10`, expect: [{ status: "pass", line: 1, message: /at most 10 / }] },
  {
    name: "deactivated connection-limit does not count",
    config: [`${REST} https server-certificate c1`, `${REST} control connection-limit 10`, `deactivate ${REST.slice(4)} control connection-limit`].join("\n"),
    expect: [{ status: "fail", line: 2 }],
  },
  {
    name: "connection-limit inherited from a group; the local value wins over the group's",
    config: ["set groups MGMT system services rest control connection-limit 64", "set apply-groups MGMT", `${REST} control connection-limit 5`].join("\n"),
    expect: [{ status: "pass", line: 3, message: /at most 5 / }],
  },
  {
    name: "connection-limit only from a group",
    config: ["set groups MGMT system services rest control connection-limit 8", "set apply-groups MGMT", `${REST} https server-certificate c1`].join("\n"),
    expect: [{ status: "pass", line: 1, inheritedFrom: "MGMT" }],
  },
  {
    name: "XML connection-limit",
    config: ["<configuration><system><services><rest>", "<control>", "<connection-limit>10</connection-limit>", "</control>", "</rest></services></system></configuration>"].join("\n"),
    expect: [{ status: "pass", line: 3 }],
  },
];

describe("rest-connection-limit", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
