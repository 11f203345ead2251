import { describe } from "vitest";
import rule from "../../src/rules/rest-https-enabled.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const REST = "set system services rest";

const cases: RuleCase[] = [
  { name: "no rest → not applicable", config: "set system services netconf ssh", expect: [{ status: "not-applicable" }] },
  { name: "http only fails at the rest line", config: ["set system host-name r1", `${REST} http`].join("\n"), expect: [{ status: "fail", line: 2, message: /without HTTPS/ }] },
  { name: "https without server-certificate fails at https", config: [`${REST} control connection-limit 10`, `${REST} https port 3443`].join("\n"), expect: [{ status: "fail", line: 2, message: /no server-certificate/ }] },
  { name: "https with server-certificate passes", config: [`${REST} https port 3443`, `${REST} https server-certificate rest-cert`].join("\n"), expect: [{ status: "pass", line: 2, object: "rest-cert" }] },
  { name: "deactivated server-certificate does not count", config: [`${REST} https server-certificate rest-cert`, `deactivate ${REST.slice(4)} https server-certificate`].join("\n"), expect: [{ status: "fail", message: /no server-certificate/ }] },
  {
    name: "server-certificate inherited from a group",
    config: ["set groups TLS system services rest https server-certificate rest-cert", "set apply-groups TLS", `${REST} https port 3443`].join("\n"),
    expect: [{ status: "pass", object: "rest-cert", line: 1, inheritedFrom: "TLS" }],
  },
  {
    name: "curly https with server-certificate",
    config: ["system {", "    services {", "        rest {", "            https {", "                server-certificate rest-cert;", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "pass", line: 5, object: "rest-cert" }],
  },
];

describe("rest-https-enabled", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
