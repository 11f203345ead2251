import { describe } from "vitest";
import rule from "../../src/rules/rest-no-http.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const REST = "set system services rest";

const cases: RuleCase[] = [
  { name: "no rest → not applicable", config: "set system host-name r1\nset system services ssh", expect: [{ status: "not-applicable", message: /no system services rest/ }] },
  { name: "http configured fails at the http line", config: ["set system host-name r1", `${REST} http port 3000`, `${REST} https server-certificate c1`].join("\n"), expect: [{ status: "fail", line: 2, message: /clear-text HTTP/ }] },
  { name: "https only passes", config: `${REST} https server-certificate c1`, expect: [{ status: "pass", line: 1 }] },
  { name: "deactivated http does not count", config: [`${REST} http`, `${REST} https server-certificate c1`, `deactivate ${REST.slice(4)} http`].join("\n"), expect: [{ status: "pass" }] },
  {
    name: "http inherited from a group fails at the group line",
    config: ["set groups LEGACY system services rest http", "set apply-groups LEGACY", `${REST} https server-certificate c1`].join("\n"),
    expect: [{ status: "fail", line: 1, inheritedFrom: "LEGACY" }],
  },
  {
    name: "curly: inactive http passes, active http fails",
    config: ["system {", "    services {", "        rest {", "            inactive: http;", "            https {", "                server-certificate c1;", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "pass", line: 3 }],
  },
  {
    name: "XML http element fails at its line",
    config: ["<configuration>", "  <system>", "    <services>", "      <rest>", "        <http>", "          <port>3000</port>", "        </http>", "      </rest>", "    </services>", "  </system>", "</configuration>"].join("\n"),
    expect: [{ status: "fail", line: 5 }],
  },
  {
    name: "JSON http object fails at its key's line",
    config: ["{", '  "configuration": {', '    "system": {', '      "services": {', '        "rest": {', '          "http": {', '            "port": 3000', "          }", "        }", "      }", "    }", "  }", "}"].join("\n"),
    expect: [{ status: "fail", line: 6 }],
  },
];

describe("rest-no-http", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
