import { describe } from "vitest";
import rule from "../../src/rules/rest-service-address.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const REST = "set system services rest";

const cases: RuleCase[] = [
  { name: "no rest → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable" }] },
  { name: "https without addresses fails at https", config: ["set system host-name r1", `${REST} https server-certificate c1`].join("\n"), expect: [{ status: "fail", line: 2, message: /every address/ }] },
  { name: "http only fails at rest (https not configured)", config: `${REST} http addresses 10.0.0.1`, expect: [{ status: "fail", line: 1, message: /https is not configured/ }] },
  { name: "https addresses pass", config: [`${REST} https server-certificate c1`, `${REST} https addresses 10.172.16.4`].join("\n"), expect: [{ status: "pass", line: 2, message: /10\.172\.16\.4/ }] },
  {
    name: "deactivated addresses do not count",
    config: [`${REST} https server-certificate c1`, `${REST} https addresses 10.172.16.4`, `deactivate ${REST.slice(4)} https addresses`].join("\n"),
    expect: [{ status: "fail", line: 1 }],
  },
  {
    name: "addresses inherited from a group",
    config: ["set groups MGMT system services rest https addresses 192.0.2.1", "set apply-groups MGMT", `${REST} https server-certificate c1`].join("\n"),
    expect: [{ status: "pass", line: 1, inheritedFrom: "MGMT" }],
  },
  {
    name: "curly addresses",
    config: ["system {", "    services {", "        rest {", "            https {", "                port 3443;", "                addresses 10.0.0.1;", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "pass", line: 6 }],
  },
];

describe("rest-service-address", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
