import { describe } from "vitest";
import rule from "../../src/rules/netconf-tls-fingerprint-unique.js";
import { fingerprint } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const TLS = "set system services netconf tls";
const A = fingerprint("04", 32, "aa");
const B = fingerprint("04", 32, "bb");

const cases: RuleCase[] = [
  { name: "no netconf tls → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "no fingerprint → not applicable", config: `${TLS} default-client-identity map-type san-dirname-cn`, expect: [{ status: "not-applicable" }] },
  {
    name: "distinct fingerprints pass",
    config: [`${TLS} client-identity a fingerprint ${A}`, `${TLS} client-identity b fingerprint ${B}`].join("\n"),
    expect: [{ status: "pass", object: "a", line: 1 }, { status: "pass", object: "b", line: 2 }],
  },
  {
    name: "same fingerprint in different case fails for both",
    config: [`${TLS} client-identity a fingerprint ${A}`, `${TLS} client-identity b fingerprint ${A.toUpperCase()}`, `${TLS} client-identity c fingerprint ${B}`].join("\n"),
    expect: [{ status: "fail", object: "a", line: 1, message: /"b"/ }, { status: "fail", object: "b", line: 2, message: /"a"/ }, { status: "pass", object: "c", line: 3 }],
  },
  {
    name: "inactive duplicate does not count (curly)",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                client-identity a {", `                    fingerprint ${A};`, "                }", "                inactive: client-identity b {", `                    fingerprint ${A};`, "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "pass", object: "a", line: 6 }],
  },
  {
    name: "duplicate inherited from a group",
    config: [`${TLS} client-identity a fingerprint ${A}`, `set groups NC system services netconf tls client-identity b fingerprint ${A}`, "set apply-groups NC"].join("\n"),
    expect: [{ status: "fail", object: "a", line: 1 }, { status: "fail", object: "b", line: 2, inheritedFrom: "NC" }],
  },
];

describe("netconf-tls-fingerprint-unique", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
