import { describe } from "vitest";
import rule from "../../src/rules/netconf-tls-map-type.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const TLS = "set system services netconf tls";

const cases: RuleCase[] = [
  { name: "no netconf tls → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "no identities → not applicable", config: `${TLS} local-certificate nc`, expect: [{ status: "not-applicable" }] },
  {
    name: "specified with username and san-dirname-cn pass",
    config: [`${TLS} client-identity a map-type specified`, `${TLS} client-identity a username automation`, `${TLS} default-client-identity map-type san-dirname-cn`].join("\n"),
    expect: [{ status: "pass", object: "a", line: 1, message: /to user automation/ }, { status: "pass", object: "default-client-identity", line: 3 }],
  },
  {
    name: "missing map-type, specified without username, username without specified",
    config: [
      `${TLS} client-identity nomap fingerprint 04:aa`,
      `${TLS} client-identity nouser map-type specified`,
      `${TLS} default-client-identity map-type san-dirname-cn`,
      `${TLS} default-client-identity username admin`,
    ].join("\n"),
    expect: [
      { status: "fail", object: "nomap", line: 1, message: /no map-type/ },
      { status: "fail", object: "nouser", line: 2, message: /no username/ },
      { status: "fail", object: "default-client-identity", line: 4, message: /username admin but map-type san-dirname-cn/ },
    ],
  },
  {
    name: "default identity without map-type (curly)",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                default-client-identity {", "                    username ops;", "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "fail", object: "default-client-identity", line: 5, message: /no map-type/ }],
  },
  {
    name: "inactive username does not count",
    config: [`${TLS} client-identity a map-type specified`, `${TLS} client-identity a username automation`, `deactivate ${TLS.slice(4)} client-identity a username`].join("\n"),
    expect: [{ status: "fail", object: "a", line: 1, message: /no username/ }],
  },
  {
    name: "map-type inherited from a group",
    config: [`${TLS} client-identity a username automation`, "set groups NC system services netconf tls client-identity <*> map-type specified", "set apply-groups NC"].join("\n"),
    expect: [{ status: "pass", object: "a", line: 2, inheritedFrom: "NC" }],
  },
];

describe("netconf-tls-map-type", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
