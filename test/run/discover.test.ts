import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discoverInputs } from "../../src/run/discover.js";

describe("discoverInputs", () => {
  it("walks directories in name order, skips hidden and dependency folders, and reports every link it does not read", async () => {
    const root = mkdtempSync(join(tmpdir(), "junos-audit-discover-"));
    const elsewhere = mkdtempSync(join(tmpdir(), "junos-audit-elsewhere-"));
    writeFileSync(join(elsewhere, "target.conf"), "system { host-name t; }\n");
    mkdirSync(join(root, "site"));
    writeFileSync(join(root, "site", "b.conf"), "x");
    writeFileSync(join(root, "a.conf"), "x");
    mkdirSync(join(root, ".git"));
    writeFileSync(join(root, ".git", "config"), "x");
    mkdirSync(join(root, "node_modules"));
    writeFileSync(join(root, "node_modules", "m.conf"), "x");
    symlinkSync(join(elsewhere, "target.conf"), join(root, "current.conf"));
    symlinkSync(elsewhere, join(root, "linked-dir"));
    symlinkSync(join(root, "missing.conf"), join(root, "broken.conf"));

    const found = await discoverInputs([root]);
    expect(found.files).toEqual([join(root, "a.conf"), join(root, "current.conf"), join(root, "site", "b.conf")]);
    expect(found.diagnostics.map((d) => [d.level, d.code, d.uri])).toEqual([
      ["warning", "input/broken-link", join(root, "broken.conf")],
      ["info", "input/directory-link", join(root, "linked-dir")],
    ]);
  });
});
