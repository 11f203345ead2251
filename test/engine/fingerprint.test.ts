import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { fingerprint } from "../../src/engine/fingerprint.js";

describe("fingerprint", () => {
  it("is the first 32 hex characters of sha256(ruleId|device|path|object)", () => {
    const expected = createHash("sha256").update("r|d|system services rest|CA").digest("hex").slice(0, 32);
    expect(fingerprint({ ruleId: "r", device: "d", path: "system services rest", object: "CA" })).toBe(expected);
  });

  it("differs when any part differs, and treats a missing object as empty", () => {
    const base = { ruleId: "r", device: "d", path: "p", object: "o" };
    const variants = [base, { ...base, ruleId: "r2" }, { ...base, device: "d2" }, { ...base, path: "p2" }, { ...base, object: "o2" }];
    expect(new Set(variants.map(fingerprint)).size).toBe(variants.length);
    expect(fingerprint({ ruleId: "r", device: "d", path: "p" })).toBe(fingerprint({ ruleId: "r", device: "d", path: "p", object: "" }));
  });
});
