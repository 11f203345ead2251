import { describe } from "vitest";
import rule from "../../src/rules/cert-validity.js";
import { daysAfter, evidence, facts, generatedFacts } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, TEST_NOW, type RuleCase } from "../helpers/rule-tester.js";

const NC = "set system services netconf tls local-certificate";
const REST = "set system services rest https server-certificate";
const valid = (from: number, to: number) => facts({ notBefore: daysAfter(TEST_NOW, from), notAfter: daysAfter(TEST_NOW, to) });
const expired = valid(-400, -10);

const generated = {
  expired: await generatedFacts({ subject: "CN=gone", notBefore: daysAfter(TEST_NOW, -800), notAfter: daysAfter(TEST_NOW, -1) }),
  current: await generatedFacts({ subject: "CN=fine", notBefore: daysAfter(TEST_NOW, -1), notAfter: daysAfter(TEST_NOW, 800) }),
};

const cases: RuleCase[] = [
  {
    name: "generated certificates: expired yesterday fails, long-lived passes",
    config: ["set system services netconf tls local-certificate gone", "set system services rest https server-certificate fine"].join("\n"),
    evidence: evidence({ gone: generated.expired, fine: generated.current }),
    expect: [{ status: "fail", object: "gone", line: 1, severity: "high" }, { status: "pass", object: "fine", line: 2 }],
  },
  { name: "no service certificate → not applicable", config: "set system services ssh", expect: [{ status: "not-applicable" }] },
  { name: "no evidence → inconclusive", config: `${NC} nc`, expect: [{ status: "inconclusive", object: "nc", line: 1, message: /nc\.pem/ }] },
  {
    name: "expired and not yet valid fail high, expiring soon fails low, valid passes",
    config: [`${NC} old`, `${REST} future`, "set system services web-management https pki-local-certificate soon", "set system services extension-service request-response grpc ssl use-pki", "set system services extension-service request-response grpc ssl local-certificate good"].join("\n"),
    evidence: evidence({ old: expired, future: valid(5, 400), soon: valid(-300, 30), good: valid(-300, 61) }),
    expect: [
      { status: "fail", object: "old", line: 1, severity: "high", message: /expired on 2025-05-22/ },
      { status: "fail", object: "future", line: 2, severity: "high", message: /not valid yet/ },
      { status: "fail", object: "soon", line: 3, severity: "low", message: /in 30 days/ },
      { status: "pass", object: "good", line: 5, message: /61 days/ },
    ],
  },
  {
    name: "the clock is injected: the same certificate passes a year earlier",
    config: `${NC} old`,
    evidence: evidence({ old: expired }),
    now: daysAfter(TEST_NOW, -200),
    expect: [{ status: "pass", object: "old" }],
  },
  {
    name: "expired certificate in curly",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                local-certificate old;", "            }", "        }", "    }", "}"].join("\n"),
    evidence: evidence({ old: expired }),
    expect: [{ status: "fail", object: "old", line: 5, severity: "high" }],
  },
  {
    name: "inactive certificate statement is not judged",
    config: [`${NC} old`, `${REST} good`, "deactivate system services netconf"].join("\n"),
    evidence: evidence({ old: expired, good: valid(-10, 400) }),
    expect: [{ status: "pass", object: "good", line: 2 }],
  },
  {
    name: "certificate inherited from a group",
    config: [`set groups NC ${NC.slice(4)} old`, "set apply-groups NC"].join("\n"),
    evidence: evidence({ old: expired }),
    expect: [{ status: "fail", object: "old", line: 1, inheritedFrom: "NC" }],
  },
];

describe("cert-validity", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
