import { describe } from "vitest";
import rule from "../../src/rules/grpc-ssl-use-pki.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const SSL = "set system services extension-service request-response grpc ssl";

const cases: RuleCase[] = [
  { name: "no gRPC → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "gRPC without ssl → not applicable", config: "set system services extension-service request-response grpc max-connections 5", expect: [{ status: "not-applicable" }] },
  { name: "ssl without use-pki fails at ssl", config: ["set system host-name r1", `${SSL} local-certificate grpc-cert`].join("\n"), expect: [{ status: "fail", line: 2, severity: "low", message: /security certificates local/ }] },
  { name: "use-pki passes", config: [`${SSL} local-certificate grpc-cert`, `${SSL} use-pki`].join("\n"), expect: [{ status: "pass", line: 2 }] },
  {
    name: "use-pki in curly",
    config: ["system {", "    services {", "        extension-service {", "            request-response {", "                grpc {", "                    ssl {", "                        local-certificate grpc-cert;", "                        use-pki;", "                    }", "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "pass", line: 8 }],
  },
  { name: "inactive use-pki does not count", config: [`${SSL} local-certificate grpc-cert`, `${SSL} use-pki`, `deactivate ${SSL.slice(4)} use-pki`].join("\n"), expect: [{ status: "fail", line: 1 }] },
  { name: "use-pki inherited from a group", config: [`${SSL} local-certificate grpc-cert`, "set groups GRPC system services extension-service request-response grpc ssl use-pki", "set apply-groups GRPC"].join("\n"), expect: [{ status: "pass", line: 2, inheritedFrom: "GRPC" }] },
];

describe("grpc-ssl-use-pki", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
