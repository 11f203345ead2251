import { describe, expect, it } from "vitest";
import { groupWordMatches, isWildcard } from "../../src/normalize/wildcard.js";

describe("group wildcards", () => {
  it("recognises only words in angle brackets", () => {
    expect(isWildcard("<*>")).toBe(true);
    expect(isWildcard("<>")).toBe(true);
    expect(isWildcard("ge-*")).toBe(false);
    expect(isWildcard("<ge-*")).toBe(false);
  });

  it.each([
    ["<*>", "anything", true],
    ["<ge-*>", "ge-0/0/0", true],
    ["<ge-*>", "xe-0/0/0", false],
    ["<ae?>", "ae1", true],
    ["<ae?>", "ae10", false],
    ["<xe-[0-1]/*>", "xe-1/0/3", true],
    ["<xe-[0-1]/*>", "xe-2/0/3", false],
    ["<[!gx]*>", "ae0", true],
    ["<[!gx]*>", "ge-0/0/0", false],
    ["<em[0,1]>", "em1", true],
    ["<em[0,1]>", "em2", false],
    ["<EBGP-*>", "EBGP-FOO", true],
    ["<a.b>", "axb", false],
    ["<a.b>", "a.b", true],
    ["<(x)+>", "(x)+", true],
    ["<[0-5>", "[0-5", true],
    ["<>", "x", false],
    ["plain", "plain", true],
    ["plain", "other", false],
  ])("%s matches %s: %s", (word, name, expected) => {
    expect(groupWordMatches(word, name)).toBe(expected);
  });
});
