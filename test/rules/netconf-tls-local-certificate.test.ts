import { describe } from "vitest";
import rule from "../../src/rules/netconf-tls-local-certificate.js";
import { evidence, facts } from "../helpers/certificate-facts.js";
import { expectTableCoverage, ruleTable, type RuleCase } from "../helpers/rule-tester.js";

const TLS = "set system services netconf tls";
const rpc = facts({ source: { uri: "certs/r1/pki-local.xml", kind: "pki-rpc", line: 3 }, selfSigned: undefined });

const cases: RuleCase[] = [
  { name: "no netconf tls → not applicable", config: "set system host-name r1\nset system services netconf ssh", expect: [{ status: "not-applicable", message: /not configured/ }] },
  {
    name: "tls without local-certificate fails at the tls statement",
    config: ["set system host-name r1", `${TLS} client-identity nms1 map-type specified`].join("\n"),
    expect: [{ status: "fail", line: 2, message: /no local-certificate/ }],
  },
  {
    name: "local-certificate configured (curly), no evidence → pass, not checked",
    config: ["system {", "    services {", "        netconf {", "            tls {", "                local-certificate nc-server;", "            }", "        }", "    }", "}"].join("\n"),
    expect: [{ status: "pass", object: "nc-server", line: 5, message: /not checked/ }],
  },
  {
    name: "local-certificate present in the PKI evidence (XML)",
    config: ["<configuration>", "  <system>", "    <services>", "      <netconf>", "        <tls>", "          <local-certificate>nc-server</local-certificate>", "        </tls>", "      </netconf>", "    </services>", "  </system>", "</configuration>"].join("\n"),
    evidence: evidence({ "nc-server": facts() }),
    expect: [{ status: "pass", object: "nc-server", line: 6, message: /present in the device PKI/ }],
  },
  {
    name: "PKI listing without that id → fail naming the ids found",
    config: `${TLS} local-certificate nc-server`,
    evidence: evidence({ "rest-cert": rpc }),
    expect: [{ status: "fail", object: "nc-server", line: 1, message: /rest-cert/ }],
  },
  {
    name: "inactive local-certificate does not count",
    config: [`${TLS} local-certificate nc-server`, `${TLS} default-client-identity map-type san-dirname-cn`, `deactivate ${TLS.slice(4)} local-certificate`].join("\n"),
    expect: [{ status: "fail", line: 1 }],
  },
  {
    name: "local-certificate inherited from a group",
    config: [`set groups NC ${TLS.slice(4)} local-certificate nc-server`, "set apply-groups NC", `${TLS} client-identity nms1 map-type specified`].join("\n"),
    expect: [{ status: "pass", object: "nc-server", line: 1, inheritedFrom: "NC" }],
  },
];

describe("netconf-tls-local-certificate", () => {
  ruleTable(rule, cases);
  expectTableCoverage(cases);
});
