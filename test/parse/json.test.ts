import { describe, expect, it } from "vitest";
import { valueOf, valuesOf } from "../../src/model/config-tree.js";
import { parseCurly } from "../../src/parse/curly.js";
import { parseJson } from "../../src/parse/json.js";
import { parseXml } from "../../src/parse/xml.js";
import { at, fixture, flagged, paths } from "./xml-tree-helpers.js";

const config = (body: string): string => `{"configuration" : {\n${body}\n}}`;

describe("parseJson: display json → word tree", () => {
  const result = parseJson(fixture("mgmt.json"), "configs/edge-r1.json");
  const root = result.root;

  it("reads the configuration without diagnostics", () => {
    expect(result.format).toBe("json");
    expect(result.diagnostics).toEqual([]);
    expect(root?.source).toEqual({ uri: "configs/edge-r1.json", format: "json" });
  });

  it("maps leaves, numbers and containers with the key's line", () => {
    expect(valueOf(at(root, "system host-name"))).toBe("edge-r1");
    expect(at(root, "system host-name").line).toBe(9);
    expect(at(root, "system").line).toBe(8);
    expect(valueOf(at(root, "system services rest http port"))).toBe("3000");
  });

  it("maps arrays of objects with name to list entries on the line of the name key", () => {
    expect(valuesOf(at(root, "system login user"))).toEqual(["bob", "old"]);
    expect(at(root, "system login user").line).toBe(11);
    expect(at(root, "system login user bob").line).toBe(13);
    expect(at(root, "system login user old").line).toBe(21);
    expect(valueOf(at(root, "interfaces ge-0/0/0 unit 0 family inet address"))).toBe("192.0.2.1/24");
  });

  it("maps [null] to an empty statement and arrays of scalars to leaf-lists", () => {
    expect(at(root, "system services netconf ssh").children).toEqual([]);
    expect(at(root, "system services netconf ssh").line).toBe(32);
    expect(valuesOf(at(root, "system services ssh ciphers"))).toEqual(["aes256-ctr", "aes128-ctr"]);
  });

  it("applies \"@\" to its object's statement and \"@key\" to the sibling leaf", () => {
    expect(flagged(root, "inactive")).toEqual(["system login user old", "system services telnet"]);
    expect(flagged(root, "protect")).toEqual(["system services rest"]);
    expect(at(root, "system services rest").comment).toBe("temporary: remove after migration");
  });

  it("gives the same word tree as the curly and XML forms of the same configuration", () => {
    const curly = parseCurly(fixture("mgmt.conf"), "r1.conf").root;
    const xml = parseXml(fixture("mgmt.xml"), "r1.xml").root;
    expect(paths(root)).toEqual(paths(curly));
    expect(paths(root)).toEqual(paths(xml));
    expect(flagged(root, "protect")).toEqual(flagged(xml, "protect"));
  });
});

describe("parseJson: attributes and shapes", () => {
  it("applies positional attributes of a leaf-list to its values", () => {
    const text = config('"system" : {"services" : {"ssh" : {\n"ciphers" : ["a", "b", "c"],\n"@ciphers" : [null, {"inactive" : true}, null]\n}}}');
    expect(flagged(parseJson(text, "r1.json").root, "inactive")).toEqual(["system services ssh ciphers b"]);
  });

  it("applies an attribute object on a leaf-list to the keyword", () => {
    const text = config('"system" : {"authentication-order" : ["password", "radius"], "@authentication-order" : {"inactive" : true}}');
    expect(flagged(parseJson(text, "r1.json").root, "inactive")).toEqual(["system authentication-order"]);
  });

  it("marks inactive / protect on containers from either form", () => {
    const text = config('"system" : {"@" : {"protect" : true}, "services" : {"telnet" : {}}, "@services" : {"inactive" : "inactive"}}');
    const root = parseJson(text, "r1.json").root;
    expect(flagged(root, "protect")).toEqual(["system"]);
    expect(flagged(root, "inactive")).toEqual(["system services"]);
  });

  it("keeps junos:group as inheritance at the key's line", () => {
    const text = config('"system" : {\n"host-name" : "r1",\n"@host-name" : {"junos:group" : "global"}\n}');
    const root = parseJson(text, "r1.json").root;
    expect(at(root, "system host-name").inherited).toEqual({ group: "global", applyLine: 3, applySource: root!.source });
    expect(at(root, "system").inherited).toBeUndefined();
  });

  it("takes the name key wherever it sits in the entry, and numbers as names", () => {
    const text = config('"interfaces" : {"interface" : [{"description" : "uplink", "name" : "xe-0/0/1", "unit" : [{"name" : 0}]}]}');
    expect(paths(parseJson(text, "r1.json").root)).toEqual([
      "interfaces", "interfaces xe-0/0/1", "interfaces xe-0/0/1 description", "interfaces xe-0/0/1 description uplink",
      "interfaces xe-0/0/1 unit", "interfaces xe-0/0/1 unit 0",
    ]);
  });

  it("keys security policy contexts by their zones and drops the implicit interface keyword", () => {
    const text = config(
      '"security" : {"policies" : {"policy" : [{\n"from-zone-name" : "trust",\n"to-zone-name" : "untrust",\n"policy" : [{"name" : "allow", "then" : {"permit" : [null]}}]}]}},\n' +
        '"interfaces" : {"interface" : [{"@" : {"inactive" : true}, "name" : "ge-0/0/9"}]}',
    );
    const root = parseJson(text, "r1.json").root;
    expect(paths(root)).toContain("security policies from-zone trust to-zone untrust policy allow then permit");
    expect(at(root, "security policies").line).toBe(2);
    expect(at(root, "security policies from-zone trust").line).toBe(3);
    expect(flagged(root, "inactive")).toEqual(["interfaces ge-0/0/9"]);
  });

  it("treats objects in an array without a name as the same container", () => {
    const text = config('"system" : {"syslog" : [{"archive" : {"size" : "1m"}}]}');
    expect(paths(parseJson(text, "r1.json").root)).toContain("system syslog archive size 1m");
  });

  it("keeps groups and apply-groups as ordinary statements", () => {
    const text = config('"groups" : [{"name" : "G", "system" : {"services" : {"telnet" : [null]}}}],\n"apply-groups" : ["G", "H"]');
    const root = parseJson(text, "r1.json").root;
    expect(paths(root)).toContain("groups G system services telnet");
    expect(valuesOf(at(root, "apply-groups"))).toEqual(["G", "H"]);
    expect(at(root, "apply-groups").line).toBe(3);
  });

  it("treats \"undocumented\" as transparent", () => {
    const text = config('"system" : {"services" : {"extension-service" : {"request-response" : {"grpc" : {"undocumented" : {"clear-text" : {"port" : 32767}}}}}}}');
    expect(paths(parseJson(text, "r1.json").root)).toContain("system services extension-service request-response grpc clear-text port 32767");
  });

  it("finds the configuration inside an rpc-reply member", () => {
    const text = '{"rpc-reply" : {"configuration" : {"system" : {"host-name" : "r1"}}}}';
    expect(valueOf(at(parseJson(text, "r1.json").root, "system host-name"))).toBe("r1");
  });
});

describe("parseJson: what some Junos releases print", () => {
  it("strips an <rpc-reply> wrapper keeping lines, and accepts unquoted values", () => {
    const text = '<rpc-reply xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos">\n{\n    "configuration" : {\n        "system" : {\n            "size" : 3m,\n            "files" : 20\n        }\n    }\n}\n</rpc-reply>\n';
    const result = parseJson(text, "r1.json");
    expect(result.diagnostics).toEqual([]);
    expect(valueOf(at(result.root, "system size"))).toBe("3m");
    expect(at(result.root, "system size").line).toBe(5);
    expect(valueOf(at(result.root, "system files"))).toBe("20");
  });

  it("strips any single wrapper element, and keeps lines", () => {
    const text = '<output>\n{"configuration" : {\n"system" : {"host-name" : "w1"}}}\n</output>\n';
    const result = parseJson(text, "w.json");
    expect(result.diagnostics).toEqual([]);
    expect(at(result.root, "system host-name").line).toBe(3);
  });

  it("decodes string escapes", () => {
    const text = config('"system" : {"login" : {"message" : "line one\\nline \\"two\\" \\u00e9"}}');
    expect(valueOf(at(parseJson(text, "r1.json").root, "system login message"))).toBe('line one\nline "two" é');
  });
});
