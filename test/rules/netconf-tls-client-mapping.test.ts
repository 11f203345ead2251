import { describe } from "vitest";
import rule from "../../src/rules/netconf-tls-client-mapping.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const TLS = "set system services netconf tls";

const cases: RuleCase[] = [
  { name: "no netconf tls → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "tls with only a local certificate fails", config: ["set system host-name r1", `${TLS} local-certificate nc`].join("\n"), expect: [{ status: "fail", line: 2, message: /neither a client-identity nor a default-client-identity/ }] },
  { name: "a client-identity passes", config: [`${TLS} local-certificate nc`, `${TLS} client-identity nms1 map-type specified`].join("\n"), expect: [{ status: "pass", line: 1, message: /1 client-identity\b/ }] },
  {
    name: "a default-client-identity passes (curly)",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                local-certificate nc;", "                default-client-identity {", "                    map-type san-dirname-cn;", "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "pass", line: 4, message: /default-client-identity/ }],
  },
  {
    name: "inactive identities do not count (curly)",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                local-certificate nc;", "                inactive: client-identity nms1 {", "                    map-type specified;", "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "fail", line: 4 }],
  },
  {
    name: "mapping inherited from a group",
    config: ["set groups NC system services netconf tls default-client-identity map-type san-dirname-cn", "set apply-groups NC", `${TLS} local-certificate nc`].join("\n"),
    expect: [{ status: "pass", line: 3 }],
  },
  {
    name: "the whole tls block inherited from a group",
    config: ["set groups NC system services netconf tls local-certificate nc", "set apply-groups NC"].join("\n"),
    expect: [{ status: "fail", line: 1, inheritedFrom: "NC" }],
  },
];

describe("netconf-tls-client-mapping", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
