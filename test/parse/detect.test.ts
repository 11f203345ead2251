import { describe, expect, test } from "vitest";
import { detectFormat } from "../../src/parse/detect.js";

describe("detectFormat (content only)", () => {
  test.each([
    ["xml declaration", '<?xml version="1.0"?>\n<rpc-reply><configuration/></rpc-reply>', "xml"],
    ["rpc-reply with configuration", "  \n<rpc-reply xmlns:junos=\"x\">\n<configuration>\n</configuration></rpc-reply>", "xml"],
    ["UTF-8 BOM then XML", "\ufeff<configuration/>", "xml"],
    ["BOM read as latin1", "\u00ef\u00bb\u00bf<rpc-reply>\n<load-configuration-results/></rpc-reply>", "xml"],
    ["display json", '{\n  "configuration": {}\n}', "json"],
    ["json array", '[{"data": 1}]', "json"],
    ["rpc-reply wrapping display json", '<rpc-reply>\n{\n    "configuration" : {\n    }\n}\n</rpc-reply>\n', "json"],
    ["display set with a CLI header", "show configuration | display set | no-more\n\nset system host-name r1\nset system services ssh\ndeactivate system services ssh\n", "set"],
    ["set script wrapped in configure/commit", "configure\nset interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24\ncommit\n", "set"],
    ["curly with headers", "## Last commit: 2024 by x\nversion 22.4R3;\nsystem {\n    host-name r1; ## note\n}\n", "curly"],
    ["curly with a few flat set lines", "set system host-name r1\nsystem {\n    services {\n        ssh;\n    }\n}\n", "curly"],
    ["RANCID header then curly", "!RANCID-CONTENT-TYPE: juniper\n!\nsystem {\n    host-name r1;\n}\n", "curly"],
  ] as const)("%s → %s", (_name, text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  test.each([
    ["empty", ""],
    ["blank", " \n\t\n"],
    ["README", "# junos-audit\n\nAudits Junos configurations.\n\nRun it with npm; it prints a report.\nSee the docs for more.\n"],
    ["random prose", "The quick brown fox\njumps over the lazy dog\n"],
    ["binary with NULs", "\u0000\u0001\u0002system {\u0000"],
    ["PEM certificate", "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n"],
  ])("%s → undefined", (_name, text) => {
    expect(detectFormat(text)).toBeUndefined();
  });

  test("looks at the start only: a 50 MB curly file is detected from its first lines", () => {
    const text = `system {\n${"    host-name r1;\n".repeat(3_000_000)}}\n`;
    expect(text.length).toBeGreaterThan(50_000_000);
    expect(detectFormat(text)).toBe("curly");
    expect(detectFormat(`${"set a b\n".repeat(7_000_000)}`)).toBe("set");
  });

  test("a cut-off single huge line with braces is curly", () => {
    expect(detectFormat(`system { ${"host-name r1; ".repeat(10_000)}}`)).toBe("curly");
  });
});
