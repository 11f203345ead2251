import { describe } from "vitest";
import rule from "../../src/rules/netconf-tls-fingerprint-hash.js";
import { fingerprint } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const TLS = "set system services netconf tls";

const cases: RuleCase[] = [
  { name: "no netconf tls → not applicable", config: "set system host-name r1", expect: [{ status: "not-applicable" }] },
  { name: "no fingerprint → not applicable", config: `${TLS} client-identity nms1 map-type specified`, expect: [{ status: "not-applicable" }] },
  {
    name: "md5 and sha1 fail, sha224/sha256/sha384 pass",
    config: [
      `${TLS} client-identity m fingerprint ${fingerprint("01", 16)}`,
      `${TLS} client-identity s1 fingerprint ${fingerprint("02", 20)}`,
      `${TLS} client-identity s224 fingerprint ${fingerprint("03", 28)}`,
      `${TLS} client-identity s256 fingerprint ${fingerprint("04", 32)}`,
      `${TLS} client-identity s384 fingerprint ${fingerprint("05", 48)}`,
    ].join("\n"),
    expect: [
      { status: "fail", object: "m", line: 1, message: /md5/ },
      { status: "fail", object: "s1", line: 2, message: /sha1 \(hash id 02\)/ },
      { status: "pass", object: "s224", line: 3 },
      { status: "pass", object: "s256", line: 4 },
      { status: "pass", object: "s384", line: 5 },
    ],
  },
  {
    name: "sha1 judged even when its length is wrong; unreadable id is inconclusive (curly)",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                client-identity a {", "                    fingerprint 02:aa:bb;", "                }", "                client-identity b {", "                    fingerprint zz;", "                }", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "fail", object: "a", line: 6 }, { status: "inconclusive", object: "b", line: 9, message: /fingerprint-format/ }],
  },
  {
    name: "inactive sha1 client-identity does not count",
    config: [`${TLS} client-identity old fingerprint ${fingerprint("02", 20)}`, `${TLS} client-identity new fingerprint ${fingerprint("04", 32)}`, `deactivate ${TLS.slice(4)} client-identity old`].join("\n"),
    expect: [{ status: "pass", object: "new", line: 2 }],
  },
  {
    name: "sha1 fingerprint inherited from a group",
    config: [`set groups NC system services netconf tls client-identity nms1 fingerprint ${fingerprint("02", 20)}`, "set apply-groups NC", `${TLS} local-certificate nc`].join("\n"),
    expect: [{ status: "fail", object: "nms1", line: 1, inheritedFrom: "NC" }],
  },
];

describe("netconf-tls-fingerprint-hash", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
