import { describe, expect, test } from "vitest";
import { find, words } from "../../src/model/config-tree.js";
import { parseCurly } from "../../src/parse/curly.js";
import { outline } from "./curly-tree-helpers.js";

const parse = (text: string) => parseCurly(text, "r1.conf");
const errors = (text: string) => parse(text).diagnostics.filter((d) => d.level === "error");

describe("curly statements and blocks", () => {
  test("statements become word chains below their block, each word on its statement's line", () => {
    const r = parse("system {\n    host-name r1;\n    services {\n        ssh;\n        netconf ssh port 830;\n    }\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.format).toBe("curly");
    expect(outline(r.root)).toEqual([
      "system @1", "  host-name @2", "    r1 @2", "  services @3", "    ssh @4", "    netconf @5", "      ssh @5", "        port @5", "          830 @5",
    ]);
    expect(find(r.root!, words("system services netconf ssh port"))?.parent?.name).toBe("ssh");
  });

  test("a block opens on the last word of its statement and repeated blocks merge", () => {
    const r = parse("interfaces {\n  ge-0/0/0 {\n    unit 0 {\n      family inet;\n    }\n  }\n  ge-0/0/0 {\n    unit 0 { family iso; }\n  }\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(outline(r.root, false)).toEqual(["interfaces", "  ge-0/0/0", "    unit", "      0", "        family", "          inet", "          iso"]);
  });

  test("version is an ordinary statement and CRLF line ends work", () => {
    const r = parse("## Last commit: 2024-12-06 11:41:05 UTC by root\r\nversion 22.4R3-S2.11;\r\nsystem {\r\n  host-name r1;\r\n}\r\n");
    expect(r.diagnostics).toEqual([]);
    expect(outline(r.root)).toEqual(["version @2", "  22.4R3-S2.11 @2", "system @3", "  host-name @4", "    r1 @4"]);
  });

  test("quoted strings keep spaces, resolve \\\" and \\\\ and keep other escapes", () => {
    const r = parse('system {\n  login {\n    message "hello \\"world\\" \\\\ a\\nb";\n    user bob { authentication { ssh-rsa "ssh-rsa AAAA bob@host"; } }\n  }\n}\n');
    expect(r.diagnostics).toEqual([]);
    expect(find(r.root!, words("system login message"))?.children[0]?.name).toBe('hello "world" \\ a\\nb');
    expect(find(r.root!, ["system", "login", "user", "bob", "authentication", "ssh-rsa", "ssh-rsa AAAA bob@host"])?.line).toBe(4);
  });

  test("[ … ] lists give one child per value, also when wrapped over lines", () => {
    const r = parse("vlans {\n  v1 {\n    members [ a b\n      c d ];\n  }\n}\napply-groups [ g1 g2 ];\n");
    expect(r.diagnostics).toEqual([]);
    expect(outline(r.root)).toEqual([
      "vlans @1", "  v1 @2", "    members @3", "      a @3", "      b @3", "      c @3", "      d @3", "apply-groups @7", "    g1 @7".replace("    ", "  "), "  g2 @7",
    ]);
  });

  test("# lines, ## trailing comments and RANCID/Oxidized headers are ignored", () => {
    const text = "!RANCID-CONTENT-TYPE: juniper\n!\n# Chassis  REV 08\n#this is a comment\nsystem {\n    host-name r1; ## foo 'bar' baz\n    encrypted-password \"$9$x\"; ## SECRET-DATA\n}\n";
    const r = parse(text);
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: "info", line: 1, code: "parse/header-skipped" })]);
    expect(outline(r.root)).toEqual(["system @5", "  host-name @6", "    r1 @6", "  encrypted-password @7", "    $9$x @7"]);
  });

  test("/* annotations */ (also multi-line) attach to the next statement's node; dangling ones are dropped", () => {
    const text = "policy-options {\n  /* first */\n  /* second\n     line */\n  policy-statement p {\n    term t {\n      from protocol bgp;\n      /* dangling */\n    }\n    /* stray */;\n    then reject;\n  }\n}\n";
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    const p = find(r.root!, words("policy-options policy-statement p"))!;
    expect(p.comment).toBe("first\nsecond\n     line");
    expect(p.line).toBe(5);
    expect(find(r.root!, words("policy-options policy-statement p then"))?.comment).toBeUndefined();
    expect(outline(r.root).filter((l) => l.includes("/*"))).toHaveLength(1);
  });

  test("block followed by ';' and a comment-only block (apply-flags omit)", () => {
    const r = parse("system {\n    login { /* OMITTED */ };\n    host-name r1;\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(outline(r.root, false)).toEqual(["system", "  login", "  host-name", "    r1"]);
  });

  test("Oxidized redactions: angle-bracket words with spaces end at the line end", () => {
    const r = parse("system {\n  root-authentication {\n    encrypted-password <secret removed>\n  }\n  snmp {\n    community <hidden> {\n      authorization read-only;\n    }\n  }\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(find(r.root!, ["system", "root-authentication", "encrypted-password", "<secret removed>"])?.line).toBe(3);
    expect(find(r.root!, ["system", "snmp", "community", "<hidden>", "authorization", "read-only"])?.line).toBe(7);
  });

  test("wildcard group names <*> are words", () => {
    const r = parse("groups {\n  G {\n    interfaces {\n      <*> {\n        unit <*> { family inet; }\n      }\n    }\n  }\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(find(r.root!, words("groups G interfaces <*> unit <*> family inet"))).toBeDefined();
  });
});

describe("curly prefixes", () => {
  test("inactive: marks the statement's last word; active: clears it; protect: sets protect", () => {
    const r = parse("system {\n  inactive: host-name r1;\n  services {\n    inactive: telnet;\n    protect: ssh;\n    inactive: netconf { ssh; }\n  }\n}\nsystem { services { active: telnet; } }\n");
    expect(r.diagnostics).toEqual([]);
    expect(outline(r.root)).toEqual([
      "system @1", "  host-name @2", "    r1 @2 [inactive]", "  services @3", "    telnet @4", "    ssh @5 [protect]", "    netconf @6 [inactive]", "      ssh @6",
    ]);
  });

  test("delete: removes the statement's path (and the keyword it leaves empty); replace: empties the block first", () => {
    const text = [
      "interfaces {", "  xe-0/0/0 { unit 0 { family inet { address 10.0.0.0/32; } } }", "  xe-0/0/1 { unit 0 { description x; } mtu 9000; }", "}",
      "protocols { bgp { group g; } ospf; }",
      "interfaces {", "  replace: xe-0/0/0 {", "    unit 0 { mtu 2345; }", "  }", "  xe-0/0/1 {", "    delete: unit 0;", "  }", "}",
      "delete: protocols bgp;", "system { replace: host-name r2; }",
    ].join("\n");
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    expect(outline(r.root)).toEqual([
      "interfaces @1", "  xe-0/0/0 @2", "    unit @8", "      0 @8", "        mtu @8", "          2345 @8", "  xe-0/0/1 @3", "    mtu @3", "      9000 @3",
      "protocols @5", "  ospf @5", "system @15", "  host-name @15", "    r2 @15",
    ]);
  });

  test("a quoted \"inactive:\" is an ordinary word", () => {
    const r = parse('"inactive:" x;\n');
    expect(outline(r.root, false)).toEqual(["inactive:", "  x"]);
  });
});

describe("curly schema semantics", () => {
  test("a single-value leaf keeps the last value; leaf-lists accumulate", () => {
    const r = parse("system {\n  host-name r1;\n  host-name r2;\n  name-server 192.0.2.1;\n  name-server 192.0.2.2;\n}\n");
    expect(outline(r.root)).toEqual(["system @1", "  host-name @2", "    r2 @3", "  name-server @4", "    192.0.2.1 @4", "    192.0.2.2 @5"]);
  });

  test("a choice replaces its siblings (revocation-check use-crl | use-ocsp | disable)", () => {
    const r = parse("security { pki { ca-profile ca1 { revocation-check { use-ocsp; use-crl; } } } }\n");
    expect(find(r.root!, words("security pki ca-profile ca1 revocation-check"))?.children.map((c) => c.name)).toEqual(["use-crl"]);
  });

  test("firewall match conditions are lists, though the same keywords hold one value elsewhere", () => {
    const r = parse(
      "firewall { family inet { filter f { term t { from { source-address { 10.0.0.0/8; 192.168.0.0/16; } port [ ssh https ]; } then accept; } } } }\n" +
        "system { ntp { source-address 192.0.2.1; source-address 192.0.2.2; } }\n",
    );
    const from = find(r.root!, words("firewall family inet filter f term t from"))!;
    expect(find(from, ["source-address"])?.children.map((c) => c.name)).toEqual(["10.0.0.0/8", "192.168.0.0/16"]);
    expect(find(from, ["port"])?.children.map((c) => c.name)).toEqual(["ssh", "https"]);
    expect(find(r.root!, words("system ntp source-address"))?.children.map((c) => c.name)).toEqual(["192.0.2.2"]);
  });

  test("single-value keywords that name a block (login class NAME { … }) keep every block", () => {
    const r = parse("system { login { class a { permissions all; } class b { permissions view; } } }\n");
    expect(find(r.root!, words("system login class"))?.children.map((c) => c.name)).toEqual(["a", "b"]);
  });
});

describe("flat set lines mixed into curly text", () => {
  test("are applied at the top level with a warning naming the line", () => {
    const r = parse("system {\n    host-name r1;\n}\nset security policies from-zone A to-zone B policy P match source-address any\n");
    expect(r.diagnostics.map((d) => [d.level, d.line, d.code])).toEqual([["warning", 4, "parse/flat-statement"]]);
    expect(find(r.root!, words("security policies from-zone A to-zone B policy P match source-address any"))?.line).toBe(4);
  });

  test("flat delete/deactivate lines work too", () => {
    const r = parse("set a b c\nset a d\ndeactivate a d\ndelete a b\nx { y; }\n");
    expect(outline(r.root)).toEqual(["a @1", "  d @2 [inactive]", "x @5", "  y @5"]);
    expect(r.diagnostics.every((d) => d.level === "warning")).toBe(true);
  });
});

describe("curly errors", () => {
  test("an extra '}' is reported on its line", () => {
    const errs = errors("system {\n  host-name r1;\n}\n}\ninterfaces { lo0; }\n");
    expect(errs).toEqual([expect.objectContaining({ line: 4, code: "parse/unbalanced-brace", message: "unexpected '}' with no open block" })]);
  });

  test("an unclosed '{' is reported on the line that opened it; the tree so far is kept", () => {
    const r = parse("system {\n  host-name r1;\n}\ninterfaces {\n  lo0 {\n    unit 0;\n  }\n");
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: "error", line: 4, code: "parse/unbalanced-brace" })]);
    expect(r.diagnostics[0]!.message).toContain("expected '}' before end of file");
    expect(find(r.root!, words("interfaces lo0 unit 0"))).toBeDefined();
  });

  test("an unterminated quote is reported where it starts", () => {
    const errs = errors('system {\n  license {\n    key foo bar";\n  }\n}\n');
    expect(errs[0]).toMatchObject({ line: 3, code: "parse/unterminated-quote" });
  });

  test("a line that is neither statement nor brace says what was expected", () => {
    const r = parse("MA3:\n\nsystem {\n  host-name r1;\n}\n");
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: "error", line: 1, code: "parse/incomplete-statement" })]);
    expect(r.diagnostics[0]!.message).toBe("expected ';' or '{' at the end of 'MA3:'");
    expect(find(r.root!, words("system host-name r1"))).toBeDefined();
  });

  test("a list that is never closed names the line of its '['", () => {
    const errs = errors("vlans {\n  v1 {\n    members [ a b;\n  }\n}\n");
    expect(errs).toEqual([expect.objectContaining({ line: 3, code: "parse/bad-list" })]);
    expect(errs[0]!.message).toContain("expected ']'");
  });

  test("an unterminated /* comment is an error on its first line", () => {
    expect(errors("system {\n  /* open\n  host-name r1;\n}\n")[0]).toMatchObject({ line: 2, code: "parse/unterminated-comment" });
  });

  test("empty input is an error and gives no tree", () => {
    for (const text of ["", "   \n\t\n"]) {
      const r = parse(text);
      expect(r.root).toBeUndefined();
      expect(r.diagnostics).toEqual([expect.objectContaining({ level: "error", message: "empty file: expected a Junos configuration" })]);
    }
  });

  test("only comments: no statements is an error", () => {
    expect(errors("# just a header\n## Last commit\n")[0]?.code).toBe("parse/empty");
  });

  test("only the first errors are listed, with a count of the rest", () => {
    const r = parse("}\n".repeat(500));
    expect(r.diagnostics.filter((d) => d.code === "parse/unbalanced-brace")).toHaveLength(20);
    expect(r.diagnostics.at(-1)?.message).toContain("480 more errors");
  });
});
