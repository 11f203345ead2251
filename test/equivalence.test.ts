/**
 * The same configuration written in the four input formats (curly, set, XML, JSON) must give the same
 * effective configuration: fixtures in test/fixtures/equivalence/<case>.{conf,set,xml,json}, parsed
 * with format detection (as the CLI does), normalized, compared as sorted set lines.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { find, valueOf, valuesOf, words, type ConfigNode } from "../src/model/config-tree.js";
import { normalize } from "../src/normalize/index.js";
import { parseConfig } from "../src/parse/index.js";
import { sortedSetLines } from "./normalize/helpers.js";

const DIR = join(import.meta.dirname, "fixtures/equivalence");
const EXTENSIONS = ["conf", "set", "xml", "json"] as const;
const cases = [...new Set(readdirSync(DIR).map((f) => f.replace(/\.\w+$/, "")))].sort();

function effective(file: string): { root: ConfigNode; format: string | undefined; problems: string[] } {
  const parsed = parseConfig(readFileSync(file, "utf8"), file);
  expect(parsed.root, `${file} parsed`).toBeDefined();
  const result = normalize(parsed.root!);
  const problems = [...parsed.diagnostics, ...result.diagnostics].filter((d) => d.level !== "info").map((d) => `${d.line}: ${d.message}`);
  return { root: result.root, format: parsed.format, problems };
}

describe.each(cases)("equivalence: %s", (name) => {
  const files = EXTENSIONS.map((ext) => join(DIR, `${name}.${ext}`));

  it("is detected as curly, set, XML and JSON, without warnings", () => {
    const seen = files.map((f) => effective(f));
    expect(seen.map((s) => s.format)).toEqual(["curly", "set", "xml", "json"]);
    for (const s of seen) expect(s.problems).toEqual([]);
  });

  it.each(EXTENSIONS.slice(1))("the .%s form gives the same effective set lines as the curly form", (ext) => {
    const curly = sortedSetLines(effective(files[0]!).root);
    expect(sortedSetLines(effective(join(DIR, `${name}.${ext}`)).root)).toEqual(curly);
  });
});

describe("equivalence: management-plane, effective values", () => {
  it.each(EXTENSIONS)("%s", (ext) => {
    const { root } = effective(join(DIR, `management-plane.${ext}`));
    const at = (path: string): ConfigNode | undefined => find(root, words(path));
    expect(valueOf(at("system host-name"))).toBe("eq1");
    // the group's weak cipher joins the local list (leaf-lists are unioned)
    expect(valuesOf(at("system services rest https cipher-list")).sort()).toEqual(
      ["ecdhe-rsa-with-aes-128-gcm-sha256", "ecdhe-rsa-with-aes-256-gcm-sha384", "rsa-with-3des-ede-cbc-sha"],
    );
    expect(at("system services rest enable-explorer")?.inherited?.group).toBe("MGMT-DEFAULTS");
    expect(at("system services netconf ssh")).toBeDefined();
    // local class beats the group's; the inactive user is gone, so `user <*>` does not reach it
    expect(valueOf(at("system login user automation class"))).toBe("super-user");
    expect(at("system login user old")).toBeUndefined();
    expect(at("system services telnet")).toBeUndefined();
    expect(valueOf(at("security pki ca-profile CORP-CA revocation-check crl refresh-interval"))).toBe("24");
    expect(at("security pki ca-profile CORP-CA revocation-check use-crl")).toBeDefined();
    expect(at("groups")).toBeUndefined();
    expect(at("apply-groups")).toBeUndefined();
  });
});
