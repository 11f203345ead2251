import { describe } from "vitest";
import rule from "../../src/rules/netconf-tls-default-identity-privilege.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const TLS = "set system services netconf tls";
const DEFAULT_TO = (user: string): string => `${TLS} default-client-identity map-type specified\n${TLS} default-client-identity username ${user}`;

const cases: RuleCase[] = [
  { name: "no netconf tls → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "no default-client-identity → not applicable", config: `${TLS} client-identity a map-type specified`, expect: [{ status: "not-applicable", message: /refused/ }] },
  {
    name: "default to a super-user fails at the username",
    config: [DEFAULT_TO("admin"), "set system login user admin class super-user"].join("\n"),
    expect: [{ status: "fail", object: "default-client-identity", line: 2, message: /class super-user/ }],
  },
  {
    name: "default to a custom class with permissions all fails",
    config: [DEFAULT_TO("ops"), "set system login class god permissions all", "set system login user ops class god"].join("\n"),
    expect: [{ status: "fail", object: "default-client-identity", line: 2, message: /class god/ }],
  },
  {
    name: "default to a read-only user passes (curly)",
    config: [
      "system {", "    login {", "        user viewer {", "            class read-only;", "        }", "    }",
      "    services {", "        netconf {", "            tls {", "                default-client-identity {", "                    map-type specified;", "                    username viewer;", "                }", "            }", "        }", "    }", "}",
    ].join("\n"),
    expect: [{ status: "pass", object: "default-client-identity", line: 12, message: /class read-only/ }],
  },
  {
    name: "unknown user is inconclusive",
    config: DEFAULT_TO("ghost"),
    expect: [{ status: "inconclusive", object: "default-client-identity", line: 2 }],
  },
  {
    name: "san-dirname-cn with LDAP and a super-user remote template fails",
    config: [`${TLS} default-client-identity map-type san-dirname-cn`, "set system ldap-server address 192.0.2.10", "set system login user remote class super-user"].join("\n"),
    expect: [{ status: "fail", object: "default-client-identity", line: 1, message: /remote/ }],
  },
  {
    name: "san-dirname-cn without LDAP passes",
    config: [`${TLS} default-client-identity map-type san-dirname-cn`, "set system login user remote class super-user"].join("\n"),
    expect: [{ status: "pass", object: "default-client-identity", line: 1 }],
  },
  {
    name: "inactive super-user class statement leaves the user classless → inconclusive",
    config: [DEFAULT_TO("admin"), "set system login user admin class super-user", "deactivate system login user admin class"].join("\n"),
    expect: [{ status: "inconclusive", object: "default-client-identity", line: 2 }],
  },
  {
    name: "super-user class inherited from a group still fails at the username",
    config: ["set groups ADMINS system login user admin class super-user", "set apply-groups ADMINS", DEFAULT_TO("admin")].join("\n"),
    expect: [{ status: "fail", object: "default-client-identity", line: 4 }],
  },
  {
    name: "default identity inherited from a group",
    config: ["set groups NC system services netconf tls default-client-identity map-type specified", "set groups NC system services netconf tls default-client-identity username admin", "set apply-groups NC", "set system login user admin class super-user"].join("\n"),
    expect: [{ status: "fail", object: "default-client-identity", line: 2, inheritedFrom: "NC" }],
  },
];

describe("netconf-tls-default-identity-privilege", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
