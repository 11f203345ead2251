import { describe } from "vitest";
import rule from "../../src/rules/netconf-tls-fingerprint-format.js";
import { fingerprint } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const TLS = "set system services netconf tls";
const SHA256 = fingerprint("04", 32);

const cases: RuleCase[] = [
  { name: "no netconf tls → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "no client-identity → not applicable", config: `${TLS} default-client-identity map-type san-dirname-cn`, expect: [{ status: "not-applicable", message: /no client-identity/ }] },
  {
    name: "sha256, sha512 and md5 fingerprints of the right length pass",
    config: [`${TLS} client-identity a fingerprint ${SHA256}`, `${TLS} client-identity b fingerprint ${fingerprint("06", 64, "FF")}`, `${TLS} client-identity c fingerprint ${fingerprint("01", 16)}`].join("\n"),
    expect: [{ status: "pass", object: "a", line: 1 }, { status: "pass", object: "b", line: 2, message: /sha512/ }, { status: "pass", object: "c", line: 3, message: /md5/ }],
  },
  {
    name: "wrong digest length, unknown hash id, not hex",
    config: [
      `${TLS} client-identity short fingerprint ${fingerprint("04", 20)}`,
      `${TLS} client-identity badid fingerprint ${fingerprint("07", 32)}`,
      `${TLS} client-identity nothex fingerprint 04-ab-cd`,
      `${TLS} client-identity zero fingerprint 00:${fingerprint("ab", 31)}`,
    ].join("\n"),
    expect: [
      { status: "fail", object: "short", line: 1, message: /20 digest octets .*expected 32/ },
      { status: "fail", object: "badid", line: 2, message: /hash id 07/ },
      { status: "fail", object: "nothex", line: 3, message: /not colon-separated hexadecimal/ },
      { status: "fail", object: "zero", line: 4, message: /hash id 00/ },
    ],
  },
  {
    name: "client-identity without fingerprint fails at the identity (curly)",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                client-identity nms1 {", "                    map-type specified;", "                    username automation;", "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "fail", object: "nms1", line: 5, message: /no fingerprint/ }],
  },
  {
    name: "inactive fingerprint does not count",
    config: [`${TLS} client-identity nms1 fingerprint ${SHA256}`, `${TLS} client-identity nms1 map-type specified`, `deactivate ${TLS.slice(4)} client-identity nms1 fingerprint`].join("\n"),
    expect: [{ status: "fail", object: "nms1", line: 1, message: /no fingerprint/ }],
  },
  {
    name: "bad fingerprint inherited from a group points inside the group",
    config: [`${TLS} local-certificate nc`, `set groups NC system services netconf tls client-identity nms1 fingerprint 04:aa:bb`, "set apply-groups NC"].join("\n"),
    expect: [{ status: "fail", object: "nms1", line: 2, inheritedFrom: "NC", message: /2 digest octets/ }],
  },
];

describe("netconf-tls-fingerprint-format", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
