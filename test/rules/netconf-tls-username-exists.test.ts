import { describe } from "vitest";
import rule from "../../src/rules/netconf-tls-username-exists.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const TLS = "set system services netconf tls";
const SPECIFIED = (id: string, user: string): string => `${TLS} client-identity ${id} map-type specified\n${TLS} client-identity ${id} username ${user}`;

const cases: RuleCase[] = [
  { name: "no netconf tls → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "no username mapping → not applicable", config: `${TLS} client-identity a fingerprint 04:aa`, expect: [{ status: "not-applicable" }] },
  {
    name: "local user with a class passes; missing user fails",
    config: [SPECIFIED("a", "automation"), SPECIFIED("b", "ghost"), "set system login user automation class operator"].join("\n"),
    expect: [{ status: "pass", object: "a", line: 2, message: /class operator/ }, { status: "fail", object: "b", line: 4, message: /ghost.*no LDAP/ }],
  },
  {
    name: "user without class fails",
    config: [SPECIFIED("a", "automation"), "set system login user automation uid 2001"].join("\n"),
    expect: [{ status: "fail", object: "a", line: 2, message: /has no class/ }],
  },
  {
    name: "LDAP and a remote template accept an unknown user",
    config: [SPECIFIED("a", "ldapuser"), "set system ldap-server address 192.0.2.10", "set system login user remote class read-only"].join("\n"),
    expect: [{ status: "pass", object: "a", line: 2, message: /template account "remote"/ }],
  },
  {
    name: "LDAP without a template fails",
    config: [SPECIFIED("a", "ldapuser"), "set system ldap-server address 192.0.2.10"].join("\n"),
    expect: [{ status: "fail", object: "a", line: 2, message: /no template account/ }],
  },
  {
    name: "san-dirname-cn: inconclusive without templates, pass with LDAP + template (curly)",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                default-client-identity {", "                    map-type san-dirname-cn;", "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "inconclusive", object: "default-client-identity", line: 6, message: /SAN DirName CN/ }],
  },
  {
    name: "san-dirname-cn with LDAP and a template passes",
    config: [`${TLS} default-client-identity map-type san-dirname-cn`, "set system ldap-server address 192.0.2.10", "set system login user remote class read-only"].join("\n"),
    expect: [{ status: "pass", object: "default-client-identity", line: 1 }],
  },
  {
    name: "inactive user does not count",
    config: [SPECIFIED("a", "automation"), "set system login user automation class super-user", "deactivate system login user automation"].join("\n"),
    expect: [{ status: "fail", object: "a", line: 2 }],
  },
  {
    name: "user inherited from a group counts; username inherited from a group is located there",
    config: [
      "set groups USERS system login user automation class operator",
      "set groups NC system services netconf tls default-client-identity username automation",
      "set apply-groups USERS",
      "set apply-groups NC",
      `${TLS} default-client-identity map-type specified`,
    ].join("\n"),
    expect: [{ status: "pass", object: "default-client-identity", line: 2, inheritedFrom: "NC" }],
  },
];

describe("netconf-tls-username-exists", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
