import { describe } from "vitest";
import rule from "../../src/rules/grpc-ssl-hot-reloading.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const SSL = "set system services extension-service request-response grpc ssl";

const cases: RuleCase[] = [
  { name: "no gRPC → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "gRPC without ssl → not applicable", config: "set system services extension-service request-response grpc max-connections 5", expect: [{ status: "not-applicable" }] },
  { name: "ssl without hot-reloading fails at ssl", config: ["set system host-name r1", `${SSL} local-certificate grpc-cert`].join("\n"), expect: [{ status: "fail", line: 2, severity: "low", message: /drops every gRPC session/ }] },
  { name: "hot-reloading passes", config: [`${SSL} local-certificate grpc-cert`, `${SSL} hot-reloading`].join("\n"), expect: [{ status: "pass", line: 2 }] },
  {
    name: "hot-reloading in curly",
    config: ["system {", "    services {", "        extension-service {", "            request-response {", "                grpc {", "                    ssl {", "                        local-certificate grpc-cert;", "                        hot-reloading;", "                    }", "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "pass", line: 8 }],
  },
  { name: "inactive hot-reloading does not count", config: [`${SSL} local-certificate grpc-cert`, `${SSL} hot-reloading`, `deactivate ${SSL.slice(4)} hot-reloading`].join("\n"), expect: [{ status: "fail", line: 1 }] },
  { name: "hot-reloading inherited from a group", config: [`${SSL} local-certificate grpc-cert`, "set groups GRPC system services extension-service request-response grpc ssl hot-reloading", "set apply-groups GRPC"].join("\n"), expect: [{ status: "pass", line: 2, inheritedFrom: "GRPC" }] },
];

describe("grpc-ssl-hot-reloading", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
