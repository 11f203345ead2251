import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type ConfigNode, type SourceFile, createRoot } from "../../src/model/config-tree.js";
import { parseCurly } from "../../src/parse/curly.js";
import { toCurly } from "../../src/parse/print-curly.js";
import { toSetLines } from "../../src/parse/print-set.js";
import { parseSet } from "../../src/parse/set.js";
import { type Shape, shapeOf } from "./curly-tree-helpers.js";

// Words with spaces, quotes, backslashes, braces, brackets, #, ;, <, >, !, / and * (no newlines:
// Junos words never hold one). A 1-in-4 bias towards short keyword-like words keeps siblings colliding.
const special = fc.constantFrom(" ", '"', "\\", "{", "}", "[", "]", "#", ";", "<", ">", "!", "/", "*", ":", "'", "é", "\t");
const plain = fc.constantFrom(..."abcxyz-_.019/:@$".split(""));
const word = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom("set", "inactive:", "delete:", "deactivate", "to", "before", "<*>", "/*", "##", "[", "]", "") },
  { weight: 3, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: plain }, { weight: 1, arbitrary: special }), { minLength: 1, maxLength: 8 }).map((cs) => cs.join("")) },
);

interface Gen {
  name: string;
  inactive: boolean;
  protect: boolean;
  comment: string | undefined;
  children: Gen[];
}

const comment = fc.option(fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, " ").trim()).filter((s) => s.length > 0 && !s.includes("*/")), { nil: undefined, freq: 5 });

const tree: fc.Memo<Gen> = fc.memo((depth) =>
  fc.record({
    name: word,
    inactive: fc.constantFrom(false, false, false, true),
    protect: fc.constantFrom(false, false, false, true),
    comment,
    children: depth <= 1 ? fc.constant([]) : fc.array(tree(depth - 1), { maxLength: 3 }),
  }),
);

/** Builds a ConfigNode tree, dropping repeated sibling names (names are unique in the model). */
function build(gens: Gen[], withComments: boolean): ConfigNode {
  const source: SourceFile = { uri: "gen", format: "set" };
  const root = createRoot(source);
  const work: Array<[Gen[], ConfigNode]> = [[gens, root]];
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const [kids, parent] = item;
    const seen = new Set<string>();
    for (const g of kids) {
      if (seen.has(g.name)) continue;
      seen.add(g.name);
      const node: ConfigNode = { name: g.name, children: [], parent, line: 1, source };
      if (g.inactive) node.inactive = true;
      if (g.protect) node.protect = true;
      if (withComments && g.comment !== undefined) node.comment = g.comment;
      parent.children.push(node);
      work.push([g.children, node]);
    }
  }
  return root;
}

/** Set output can only say something about paths that end in a leaf; marks on an empty root are impossible. */
function expectSame(actual: Shape, expected: Shape): void {
  expect(actual).toEqual(expected);
}

describe("round trips", () => {
  test("print as set → parse → the same tree", () => {
    fc.assert(
      fc.property(fc.array(tree(4), { maxLength: 5 }), (gens) => {
        const root = build(gens, true);
        const parsed = parseSet(`${toSetLines(root, { annotations: true }).join("\n")}\n`, "rt.set");
        if (root.children.length === 0) return;
        expect(parsed.diagnostics.filter((d) => d.level === "error")).toEqual([]);
        expectSame(shapeOf(parsed.root!), shapeOf(root));
      }),
      { numRuns: 300 },
    );
  });

  test("print as curly → parse → the same tree", () => {
    fc.assert(
      fc.property(fc.array(tree(4), { maxLength: 5 }), (gens) => {
        const root = build(gens, true);
        if (root.children.length === 0) return;
        const parsed = parseCurly(toCurly(root), "rt.conf");
        expect(parsed.diagnostics).toEqual([]);
        expectSame(shapeOf(parsed.root!), shapeOf(root));
      }),
      { numRuns: 300 },
    );
  });
});

describe("robustness", () => {
  const junk = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.array(fc.constantFrom("set ", "a", " ", "\n", "{", "}", ";", "[", "]", '"', "\\", "/*", "*/", "#", "!", "<", ">", "inactive: ", "delete: ", "replace: ", "deactivate ", "edit ", "up\n", "top ", "insert a before b\n", "rename a to b\n", "copy a to b\n", "annotate a \"c\"\n"), { maxLength: 200 }).map((p) => p.join("")),
  );

  test.each([
    ["curly", parseCurly],
    ["set", parseSet],
  ] as const)("random text never makes the %s parser throw; it always returns a ParseResult", (_name, parse) => {
    fc.assert(
      fc.property(junk, (text) => {
        const r = parse(text, "junk");
        expect(Array.isArray(r.diagnostics)).toBe(true);
        expect(r.root === undefined || r.root.name === "").toBe(true);
        if (r.root === undefined) expect(r.diagnostics.some((d) => d.level === "error")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
