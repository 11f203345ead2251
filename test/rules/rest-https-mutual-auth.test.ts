import { describe } from "vitest";
import rule from "../../src/rules/rest-https-mutual-auth.js";
import { evidence, facts } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const REST = "set system services rest";
const MUTUAL = `${REST} https mutual-authentication certificate-authority`;
const PROFILE = "set security pki ca-profile CORP-CA ca-identity CORP-CA";

const cases: RuleCase[] = [
  { name: "no rest → not applicable", config: PROFILE, expect: [{ status: "not-applicable" }] },
  { name: "no https fails at the rest line", config: `${REST} http`, expect: [{ status: "fail", line: 1, message: /no https/ }] },
  { name: "https without mutual-authentication fails at https", config: [PROFILE, `${REST} https server-certificate c1`].join("\n"), expect: [{ status: "fail", line: 2, message: /does not require client certificates/ }] },
  { name: "CA is a configured ca-profile → pass", config: [PROFILE, `${MUTUAL} CORP-CA`].join("\n"), expect: [{ status: "pass", object: "CORP-CA", line: 2 }] },
  { name: "CA is a configured ca-profile-group → pass", config: ["set security pki ca-profile-group BUNDLE", `${MUTUAL} BUNDLE`].join("\n"), expect: [{ status: "pass", object: "BUNDLE" }] },
  { name: "CA not configured → fail naming it", config: [PROFILE, `${MUTUAL} testca`].join("\n"), expect: [{ status: "fail", object: "testca", line: 2, message: /"testca".*not a configured/ }] },
  { name: "gnoi-ca-bundle without CA evidence → inconclusive", config: `${MUTUAL} gnoi-ca-bundle`, expect: [{ status: "inconclusive", object: "gnoi-ca-bundle", message: /gNOI/ }] },
  {
    name: "gnoi-ca-bundle shown by CA evidence → pass",
    config: `${MUTUAL} gnoi-ca-bundle`,
    evidence: { ...evidence({}), ca: new Map([["gnoi-ca-bundle", { name: "gnoi-ca-bundle", chain: [facts()] }]]) },
    expect: [{ status: "pass", object: "gnoi-ca-bundle" }],
  },
  { name: "deactivated ca-profile does not count", config: [PROFILE, `${MUTUAL} CORP-CA`, "deactivate security pki ca-profile CORP-CA"].join("\n"), expect: [{ status: "fail", object: "CORP-CA" }] },
  {
    name: "mutual-authentication inherited from a group",
    config: [PROFILE, "set groups MTLS system services rest https mutual-authentication certificate-authority CORP-CA", "set apply-groups MTLS", `${REST} https server-certificate c1`].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA", line: 2, inheritedFrom: "MTLS" }],
  },
  {
    name: "curly compliant example from the research notes",
    config: [
      "system {", "    services {", "        rest {", "            https {", "                server-certificate rest-pki-cert;", "                mutual-authentication {",
      "                    certificate-authority CORP-CA;", "                }", "            }", "        }", "    }", "}",
      "security {", "    pki {", "        ca-profile CORP-CA {", "            ca-identity CORP-CA;", "        }", "    }", "}",
    ].join("\n"),
    expect: [{ status: "pass", object: "CORP-CA", line: 7 }],
  },
];

describe("rest-https-mutual-auth", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
