import { describe } from "vitest";
import rule from "../../src/rules/grpc-no-clear-text.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const GRPC = "set system services extension-service request-response grpc";

const cases: RuleCase[] = [
  { name: "no gRPC → not applicable", config: "set system services netconf ssh", expect: [{ status: "not-applicable" }] },
  { name: "ssl only passes", config: `${GRPC} ssl port 32767`, expect: [{ status: "pass", line: 1 }] },
  {
    name: "clear-text and skip-authentication each fail",
    config: [`${GRPC} ssl port 32767`, `${GRPC} clear-text port 50051`, `${GRPC} skip-authentication`].join("\n"),
    expect: [{ status: "fail", object: "clear-text", line: 2, severity: "critical" }, { status: "fail", object: "skip-authentication", line: 3 }],
  },
  {
    name: "clear-text in curly",
    config: ["system {", "    services {", "        extension-service {", "            request-response {", "                grpc {", "                    clear-text {", "                        port 50051;", "                    }", "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "fail", object: "clear-text", line: 6, message: /without TLS/ }],
  },
  {
    name: "inactive clear-text does not count",
    config: [`${GRPC} ssl port 32767`, `${GRPC} clear-text port 50051`, `deactivate ${GRPC.slice(4)} clear-text`].join("\n"),
    expect: [{ status: "pass", line: 1 }],
  },
  {
    name: "skip-authentication inherited from a group",
    config: [`${GRPC} ssl port 32767`, "set groups LAB system services extension-service request-response grpc skip-authentication", "set apply-groups LAB"].join("\n"),
    expect: [{ status: "fail", object: "skip-authentication", line: 2, inheritedFrom: "LAB" }],
  },
];

describe("grpc-no-clear-text", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
