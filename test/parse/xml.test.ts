import { describe, expect, it } from "vitest";
import { valueOf, valuesOf } from "../../src/model/config-tree.js";
import { parseCurly } from "../../src/parse/curly.js";
import { parseXml } from "../../src/parse/xml.js";
import { at, fixture, flagged, paths } from "./xml-tree-helpers.js";

const wrap = (body: string): string => `<configuration>\n${body}\n</configuration>\n`;

describe("parseXml: element → word mapping", () => {
  const result = parseXml(fixture("mgmt.xml"), "configs/edge-r1.xml");
  const root = result.root;

  it("reads a get-configuration reply without diagnostics", () => {
    expect(result.format).toBe("xml");
    expect(result.skipped).toBeUndefined();
    expect(result.diagnostics).toEqual([]);
    expect(root?.source).toEqual({ uri: "configs/edge-r1.xml", format: "xml" });
  });

  it("maps leaves to keyword → value, with the element's line", () => {
    expect(valueOf(at(root, "system host-name"))).toBe("edge-r1");
    expect(at(root, "system host-name").line).toBe(5);
    expect(at(root, "system host-name edge-r1").line).toBe(5);
    expect(at(root, "system").line).toBe(4);
  });

  it("maps <name>-first elements to list entries on the line of the list element", () => {
    expect(valuesOf(at(root, "system login user"))).toEqual(["bob", "old"]);
    expect(at(root, "system login user bob").line).toBe(7);
    expect(at(root, "system login user old").line).toBe(12);
    expect(valueOf(at(root, "system login user bob class"))).toBe("super-user");
    expect(at(root, "system login user bob uid").line).toBe(9);
    expect(valueOf(at(root, "security pki ca-profile CORP-CA ca-identity"))).toBe("CORP-CA");
  });

  it("maps repeated leaves to one keyword with every value, and empty elements to keywords", () => {
    expect(valuesOf(at(root, "system services ssh ciphers"))).toEqual(["aes256-ctr", "aes128-ctr"]);
    expect(at(root, ["system", "services", "ssh", "ciphers", "aes128-ctr"]).line).toBe(21);
    expect(at(root, "system services netconf ssh").children).toEqual([]);
    expect(at(root, "system services netconf ssh").line).toBe(24);
    expect(at(root, "system services rest enable-explorer").children).toEqual([]);
  });

  it("maps <url><name>…</name></url> to url → value and decodes entities", () => {
    expect(valueOf(at(root, "security pki ca-profile CORP-CA revocation-check crl url"))).toBe("http://pki.example.net/corp-ca.crl");
    expect(valueOf(at(root, "system services web-management https pki-local-certificate"))).toBe("jweb & cert");
  });

  it("drops the <interface> list keyword below <interfaces>, as the CLI does", () => {
    expect(paths(root)).toContain("interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24");
    expect(at(root, "interfaces ge-0/0/0").line).toBe(58);
  });

  it("marks inactive list entries on the entry word, inactive statements on the keyword", () => {
    expect(flagged(root, "inactive")).toEqual(["system login user old", "system services telnet"]);
    expect(at(root, "system services telnet").line).toBe(33);
  });

  it("keeps protect and the preceding junos:comment on the statement", () => {
    expect(flagged(root, "protect")).toEqual(["system services rest"]);
    expect(at(root, "system services rest").comment).toBe("temporary: remove after migration");
    expect(at(root, "system services rest").line).toBe(27);
  });

  it("gives the same word tree as the curly form of the same configuration", () => {
    const curly = parseCurly(fixture("mgmt.conf"), "configs/edge-r1.conf");
    expect(curly.diagnostics).toEqual([]);
    expect(paths(root)).toEqual(paths(curly.root));
    expect(at(curly.root, "system services rest").comment).toBe(at(root, "system services rest").comment);
  });
});

describe("parseXml: where the configuration sits", () => {
  const body = "<configuration><system><host-name>r1</host-name></system></configuration>";

  it.each([
    ["bare", body],
    ["rpc-reply", `<rpc-reply>${body}</rpc-reply>`],
    ["NETCONF data with nc: prefix", `<nc:rpc-reply xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0"><nc:data>${body}</nc:data></nc:rpc-reply>`],
    [
      "YANG namespace and prefixed elements",
      '<rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"><data><jc:configuration xmlns:jc="http://yang.juniper.net/junos/conf/root"><jc:system><jc:host-name>r1</jc:host-name></jc:system></jc:configuration></data></rpc-reply>',
    ],
    ["XML declaration and BOM", `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n${body}`],
  ])("finds <configuration> %s", (_label, text) => {
    const result = parseXml(text, "r1.xml");
    expect(result.diagnostics).toEqual([]);
    expect(paths(result.root)).toEqual(["system", "system host-name", "system host-name r1"]);
  });

  it("ignores junos:commit-* attributes and sibling elements outside the configuration", () => {
    const text = `<rpc-reply xmlns:junos="x"><configuration junos:commit-seconds="1" junos:commit-user="u">\n<system/>\n</configuration><cli><banner></banner></cli></rpc-reply>`;
    const result = parseXml(text, "r1.xml");
    expect(result.diagnostics).toEqual([]);
    expect(paths(result.root)).toEqual(["system"]);
    expect(at(result.root, "system").line).toBe(2);
  });

  it("warns about a second configuration and reads only the first", () => {
    const text = "<r>\n<configuration><a/></configuration>\n<configuration><b/></configuration>\n</r>";
    const result = parseXml(text, "r1.xml");
    expect(paths(result.root)).toEqual(["a"]);
    expect(result.diagnostics).toMatchObject([{ level: "warning", code: "input/several-configurations", line: 3 }]);
  });
});

describe("parseXml: attributes", () => {
  it("reads namespaced inactive (jcmd:inactive) and ignores active=\"active\"", () => {
    const text = wrap(
      '<system xmlns:jcmd="http://yang.juniper.net/junos/jcmd">\n<services>\n<telnet jcmd:inactive="inactive"/>\n<ssh active="active"/>\n</services>\n</system>',
    );
    const root = parseXml(text, "r1.xml").root;
    expect(flagged(root, "inactive")).toEqual(["system services telnet"]);
  });

  it("marks an inactive leaf on its keyword and an inactive container on its keyword", () => {
    const root = parseXml(wrap('<system inactive="inactive"><host-name inactive="inactive">r1</host-name></system>'), "r1.xml").root;
    expect(flagged(root, "inactive")).toEqual(["system", "system host-name"]);
  });

  it("marks an inactive value of a leaf-list on that value only", () => {
    const text = wrap('<system><services><ssh><ciphers>a</ciphers><ciphers inactive="inactive">b</ciphers></ssh></services></system>');
    expect(flagged(parseXml(text, "r1.xml").root, "inactive")).toEqual(["system services ssh ciphers b"]);
  });

  it("keeps junos:group as inheritance on the nodes the element created, at the element's line", () => {
    const text = wrap(
      '<system xmlns:junos="j">\n<login>\n<user junos:group="global">\n<name>ops</name>\n<class junos:group="global">operator</class>\n</user>\n</login>\n<host-name>r1</host-name>\n</system>',
    );
    const root = parseXml(text, "r1.xml").root;
    const user = at(root, "system login user ops");
    expect(user.inherited).toEqual({ group: "global", applyLine: 4, applySource: root!.source });
    expect(at(root, "system login user ops class operator").inherited?.applyLine).toBe(6);
    expect(at(root, "system login").inherited).toBeUndefined();
    expect(at(root, "system host-name").inherited).toBeUndefined();
  });

  it("joins several comments and attaches them to the next element only", () => {
    const text = wrap(
      "<system>\n<junos:comment>/* one */</junos:comment>\n<junos:comment># two</junos:comment>\n<host-name>r1</host-name>\n<domain-name>d</domain-name>\n</system>",
    );
    const root = parseXml(text, "r1.xml").root;
    expect(at(root, "system host-name").comment).toBe("one\n# two");
    expect(at(root, "system domain-name").comment).toBeUndefined();
  });

  it("puts a comment before a list entry on the entry word", () => {
    const text = wrap("<system><login><junos:comment>/* break-glass */</junos:comment><user><name>bob</name></user></login></system>");
    expect(at(parseXml(text, "r1.xml").root, "system login user bob").comment).toBe("break-glass");
  });

  it("warns about edit operations it cannot apply", () => {
    const result = parseXml(wrap('<system>\n<services>\n<telnet operation="delete"/>\n</services>\n</system>'), "r1.xml");
    expect(result.diagnostics).toMatchObject([{ level: "warning", code: "parse/xml-edit-operation", line: 4 }]);
  });
});

describe("parseXml: values and Junos naming differences", () => {
  it("trims text values but keeps inner spaces; CDATA is text", () => {
    const root = parseXml(wrap("<system>\n<login>\n<message>\n  Authorized  use only \n</message>\n</login>\n<host-name><![CDATA[r<1>]]></host-name>\n</system>"), "r1.xml").root;
    expect(valueOf(at(root, "system login message"))).toBe("Authorized  use only");
    expect(valueOf(at(root, "system host-name"))).toBe("r<1>");
  });

  it("treats <undocumented> as transparent", () => {
    const text = wrap("<system><services><extension-service><request-response><grpc><undocumented><clear-text><port>32767</port></clear-text></undocumented><undocumented><skip-authentication/></undocumented></grpc></request-response></extension-service></services></system>");
    expect(paths(parseXml(text, "r1.xml").root)).toEqual(expect.arrayContaining([
      "system services extension-service request-response grpc clear-text port 32767",
      "system services extension-service request-response grpc skip-authentication",
    ]));
  });

  it("keys lists by their CLI words: routing instances, VLANs, prefix lists, syslog contents", () => {
    const text = wrap(
      [
        "<routing-instances><instance><name>MGMT</name><instance-type>virtual-router</instance-type></instance></routing-instances>",
        "<vlans><vlan><name>v100</name><vlan-id>100</vlan-id></vlan></vlans>",
        "<policy-options><prefix-list><name>NMS</name><prefix-list-item><name>10.0.0.0/8</name></prefix-list-item></prefix-list></policy-options>",
        "<system><syslog><file><name>messages</name><contents><name>any</name><notice/></contents></file></syslog></system>",
      ].join("\n"),
    );
    expect(paths(parseXml(text, "r1.xml").root)).toEqual(expect.arrayContaining([
      "routing-instances MGMT instance-type virtual-router",
      "vlans v100 vlan-id 100",
      "policy-options prefix-list NMS 10.0.0.0/8",
      "system syslog file messages any notice",
    ]));
  });

  it("keys route filters by address and security policies by zones", () => {
    const text = wrap(
      [
        "<policy-options><policy-statement><name>P</name><term><name>t</name><from><route-filter><address>10.0.0.0/8</address><orlonger/></route-filter></from></term></policy-statement></policy-options>",
        "<security><policies><policy><from-zone-name>trust</from-zone-name><to-zone-name>untrust</to-zone-name><policy><name>allow</name><then><permit/></then></policy></policy></policies></security>",
      ].join("\n"),
    );
    expect(paths(parseXml(text, "r1.xml").root)).toEqual(expect.arrayContaining([
      "policy-options policy-statement P term t from route-filter 10.0.0.0/8 orlonger",
      "security policies from-zone trust to-zone untrust policy allow then permit",
    ]));
  });

  it("keeps snmp name as a leaf, not a list key", () => {
    expect(paths(parseXml(wrap("<snmp><name>r1-agent</name><location>lab</location></snmp>"), "r1.xml").root)).toEqual([
      "snmp", "snmp name", "snmp name r1-agent", "snmp location", "snmp location lab",
    ]);
  });

  it("keeps groups and apply-groups as ordinary statements", () => {
    const text = wrap("<groups><name>G</name><system><services><telnet/></services></system></groups>\n<apply-groups>G</apply-groups>\n<apply-groups>H</apply-groups>");
    const root = parseXml(text, "r1.xml").root;
    expect(paths(root)).toContain("groups G system services telnet");
    expect(valuesOf(at(root, "apply-groups"))).toEqual(["G", "H"]);
    expect(at(root, "apply-groups H").line).toBe(4);
  });
});
