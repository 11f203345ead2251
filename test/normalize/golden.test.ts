/**
 * Golden before/after pairs, one directory per pass, compared as sorted set lines:
 * - prune-inactive: pruneInactive(parse(before))
 * - apply-groups:   applyGroups on the copy made for inheritance, then inactive statements and groups
 *                   dropped so that the effect reads plainly
 * - drop-groups:    dropGroups(parse(before))
 * - normalize:      the whole pipeline
 * `# diagnostic: <level> <code> line <n>` comments in an after file list the diagnostics the pass must give
 * (none when there are no such comments).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ConfigNode } from "../../src/model/config-tree.js";
import type { Diagnostic } from "../../src/model/diagnostics.js";
import { applyGroups } from "../../src/normalize/apply-groups.js";
import { dropGroups } from "../../src/normalize/drop-groups.js";
import { normalize } from "../../src/normalize/index.js";
import { copyTree } from "../../src/normalize/copy-node.js";
import { inactiveGroupNames, prepareForInheritance, pruneInactive } from "../../src/normalize/prune-inactive.js";
import { diagnosticKeys, expectedDiagnostics, goldenPairs, parseFile, sortedSetLines } from "./helpers.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/normalize");

type Pass = (root: ConfigNode) => { root: ConfigNode; diagnostics: Diagnostic[] };

const PASSES: Record<string, Pass> = {
  "prune-inactive": (root) => ({ root: pruneInactive(root), diagnostics: [] }),
  "apply-groups": (root) => {
    const applied = applyGroups(prepareForInheritance(copyTree(root, undefined, () => true)).root, inactiveGroupNames(root));
    return { root: dropGroups(pruneInactive(applied.root)), diagnostics: applied.diagnostics };
  },
  "drop-groups": (root) => ({ root: dropGroups(root), diagnostics: [] }),
  normalize,
};

for (const [pass, run] of Object.entries(PASSES)) {
  describe(`golden: ${pass}`, () => {
    for (const pair of goldenPairs(join(FIXTURES, pass))) {
      it(pair.name, () => {
        const before = parseFile(pair.before);
        const after = parseFile(pair.after);
        const result = run(before.root);
        expect(sortedSetLines(result.root)).toEqual(sortedSetLines(after.root));
        expect(diagnosticKeys(result.diagnostics)).toEqual(expectedDiagnostics(readFileSync(pair.after, "utf8")));
      });
    }
  });
}

// normalize takes the fast in-place route (passes 2 and 3 guided by what pass 1 noted): on the
// apply-groups pairs it must agree with the pure passes above.
describe("golden: apply-groups pairs through normalize", () => {
  for (const pair of goldenPairs(join(FIXTURES, "apply-groups"))) {
    it(pair.name, () => {
      const result = normalize(parseFile(pair.before).root);
      expect(sortedSetLines(result.root)).toEqual(sortedSetLines(parseFile(pair.after).root));
      expect(diagnosticKeys(result.diagnostics)).toEqual(expectedDiagnostics(readFileSync(pair.after, "utf8")));
    });
  }
});
