import { describe, expect, it } from "vitest";
import { MAX_DEPTH, valueOf } from "../../src/model/config-tree.js";
import { parseXml } from "../../src/parse/xml.js";
import { at, fixture, flagged, paths } from "./xml-tree-helpers.js";

describe("parseXml: curly text inside XML", () => {
  it("parses <configuration-text> with the curly parser, on the XML file's lines", () => {
    const result = parseXml(fixture("configuration-text.xml"), "r1.xml");
    expect(result.diagnostics).toEqual([]);
    expect(result.format).toBe("xml");
    const root = result.root;
    expect(valueOf(at(root, "system host-name"))).toBe("text-r1");
    expect(at(root, "version").line).toBe(4);
    expect(at(root, "system host-name").line).toBe(6);
    expect(at(root, "system services netconf ssh").line).toBe(10);
    expect(flagged(root, "inactive")).toEqual(["system services telnet"]);
    expect(at(root, "system services telnet").line).toBe(8);
    expect(at(root, "system").source).toEqual({ uri: "r1.xml", format: "xml" });
    expect(root?.line).toBe(1);
  });

  it("decodes entities and moves the curly parser's diagnostics to the XML line", () => {
    const result = parseXml(fixture("configuration-text-broken.xml"), "r2.xml");
    expect(valueOf(at(result.root, "system host-name"))).toBe("r2");
    expect(valueOf(at(result.root, "snmp location"))).toBe("lab");
    const errors = result.diagnostics.filter((d) => d.level === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ uri: "r2.xml", line: 6 });
  });
});

describe("parseXml: not a configuration", () => {
  it("skips an operational reply with a note naming its elements", () => {
    const result = parseXml(fixture("operational.xml"), "show-version.xml");
    expect(result.skipped).toBe(true);
    expect(result.root).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "info", code: "input/not-a-config", uri: "show-version.xml" });
    expect(result.diagnostics[0]!.message).toContain("XML reply without a <configuration> element");
    expect(result.diagnostics[0]!.message).toContain("<rpc-reply>");
    expect(result.diagnostics[0]!.message).toContain("<software-information>");
  });

  it("reports an <rpc-error> reply as an error at its message line", () => {
    const result = parseXml(fixture("rpc-error.xml"), "err.xml");
    expect(result.root).toBeUndefined();
    expect(result.skipped).not.toBe(true);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "error", code: "input/rpc-error", line: 6 });
    expect(result.diagnostics[0]!.message).toContain("permission denied");
  });

  it("keeps the configuration next to an rpc-error of severity warning, and warns", () => {
    const result = parseXml(fixture("rpc-warning-with-config.xml"), "warn.xml");
    expect(valueOf(at(result.root, "system host-name"))).toBe("warn-r1");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "warning", line: 4 });
    expect(result.diagnostics[0]!.message).toContain('"statement has no contents; ignored"');
  });

  it("reads a Junos <xnm:error>", () => {
    const text = '<rpc-reply xmlns:xnm="http://xml.juniper.net/xnm/1.1/xnm">\n<xnm:error>\n<message>syntax error</message>\n</xnm:error>\n</rpc-reply>';
    expect(parseXml(text, "e.xml").diagnostics).toMatchObject([{ level: "error", line: 3, message: expect.stringContaining("syntax error") }]);
  });
});

describe("parseXml: malformed XML", () => {
  it("reports a truncated file at its end with the element it expected to close, keeping what was read", () => {
    const result = parseXml(fixture("truncated.xml"), "cut.xml");
    expect(valueOf(at(result.root, "system host-name"))).toBe("cut-r1");
    const errors = result.diagnostics.filter((d) => d.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "parse/xml-malformed", line: 7 });
    expect(errors[0]!.message).toMatch(/expected <\/services>/);
  });

  it("reports several top-level elements at the second one", () => {
    const result = parseXml("<interfaces>\n<interface><name>ge-0/0/0</name></interface>\n</interfaces>\n<policy-options>\n</policy-options>\n", "frag.xml");
    expect(result.root).toBeUndefined();
    expect(result.skipped).not.toBe(true);
    expect(result.diagnostics).toMatchObject([{ level: "error", code: "parse/xml-malformed", line: 4 }]);
    expect(result.diagnostics[0]!.message).toContain("<policy-options>");
  });

  it("reports a mismatched close tag with what was expected", () => {
    const text = "<configuration>\n<system>\n<host-name>r1</host-name>\n</sytem>\n</configuration>";
    const result = parseXml(text, "bad.xml");
    expect(valueOf(at(result.root, "system host-name"))).toBe("r1");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "error", line: 4 });
    expect(result.diagnostics[0]!.message).toContain("expected </system>");
  });

  it("reports text after the root element", () => {
    const result = parseXml("<configuration><system/></configuration>\n\ntrailing junk\n", "junk.xml");
    expect(paths(result.root)).toEqual(["system"]);
    expect(result.diagnostics).toMatchObject([{ level: "error", line: 3 }]);
  });

  it("reports an unknown entity and an empty document without throwing", () => {
    expect(parseXml("<configuration><system><host-name>a&bogus;b</host-name></system></configuration>", "e.xml").diagnostics).toMatchObject([{ level: "error", line: 1 }]);
    const empty = parseXml("", "empty.xml");
    expect(empty.root).toBeUndefined();
    expect(empty.diagnostics.length).toBe(1);
  });

  it("refuses elements nested deeper than MAX_DEPTH with one diagnostic, without recursing", () => {
    const depth = MAX_DEPTH + 50;
    const text = `<configuration>${"<a>".repeat(depth)}x${"</a>".repeat(depth)}<system><host-name>r1</host-name></system></configuration>`;
    const result = parseXml(text, "deep.xml");
    expect(result.diagnostics).toMatchObject([{ level: "error", code: "parse/too-deep", line: 1 }]);
    expect(valueOf(at(result.root, "system host-name"))).toBe("r1");
    let depthSeen = 0;
    for (let node = result.root?.children[0]; node !== undefined; node = node.children[0]) depthSeen++;
    expect(depthSeen).toBe(MAX_DEPTH);
  });

  it("hands display-json output inside <rpc-reply> to the JSON parser", () => {
    const result = parseXml('<rpc-reply>\n{"configuration" : {\n"system" : {"host-name" : "j1"}}}\n</rpc-reply>\n', "j.xml");
    expect(result.format).toBe("json");
    expect(at(result.root, "system host-name").line).toBe(3);
  });
});
