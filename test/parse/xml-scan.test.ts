import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanXml } from "../../src/parse/xml-scan.js";

/** The scanner's events as readable strings. */
function events(text: string): string[] {
  const out: string[] = [];
  scanXml(text, {
    open: (qname, attributes, line, endLine) => out.push(`open ${qname} ${JSON.stringify(attributes)} @${line}-${endLine}`),
    close: (qname) => out.push(`close ${qname}`),
    text: (chunk) => {
      if (chunk.trim() !== "") out.push(`text ${JSON.stringify(chunk)}`);
    },
    error: (message, line) => out.push(`error @${line}: ${message}`),
  });
  return out;
}

describe("scanXml", () => {
  it("reads tags, attributes in either quote, self-closing tags and the lines of < and >", () => {
    expect(events('<?xml version="1.0"?>\n<a x="1" y=\'two\'>\n<b\n  z="3"/>\n</a>\n')).toEqual([
      'open a {"x":"1","y":"two"} @2-2',
      'open b {"z":"3"} @3-4',
      "close b",
      "close a",
    ]);
  });

  it("decodes named and numeric entities in text and attribute values", () => {
    expect(events('<a t="&lt;&#65;&#x42;&quot;">x &amp; y &gt; z&apos;</a>')).toEqual([
      'open a {"t":"<AB\\""} @1-1',
      'text "x & y > z\'"',
      "close a",
    ]);
  });

  it("passes CDATA through as text and skips comments, processing instructions and a DOCTYPE", () => {
    expect(events('<!DOCTYPE a [ <!ENTITY e "v"> ]>\n<!-- c <b> -->\n<a><![CDATA[<not-a-tag> & ]]><?pi x?><!-- y --></a>')).toEqual([
      "open a {} @3-3",
      'text "<not-a-tag> & "',
      "close a",
    ]);
  });

  it.each([
    ["<a><b></a>", "error @1: Unexpected close tag </a>"],
    ["<a>\n<b>\n", "error @3: Unclosed root tag"],
    ["<a></a>\n\njunk", "error @3: Text data outside of root node."],
    ["<a>&bogus;</a>", "error @1: Invalid character entity"],
    ["<a x=1></a>", "error @1: Unquoted attribute value: x"],
    ['<a x="1" y></a>', "error @1: Attribute without value: y"],
    ["<a><!-- never closed</a>", "error @1: Unclosed comment"],
    ["</a>", "error @1: Unexpected close tag </a> outside of root node."],
    ["<a\n", "error @1: Unexpected end of input inside <a>"],
  ])("reports the first error of %j with its line, and stops", (text, error) => {
    const seen = events(text);
    expect(seen[seen.length - 1]).toBe(error);
    expect(seen.filter((e) => e.startsWith("error"))).toHaveLength(1);
  });

  it("keeps no recursion: 100,000 nested elements scan without a stack overflow", () => {
    const depth = 100_000;
    let opened = 0;
    scanXml(`${"<a>".repeat(depth)}${"</a>".repeat(depth)}`, {
      open: () => opened++,
      close: () => undefined,
      text: () => undefined,
      error: (message) => {
        throw new Error(message);
      },
    });
    expect(opened).toBe(depth);
  });
});

interface El {
  name: string;
  attrs: [string, string][];
  text: string;
  children: El[];
}

const escape = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const write = (e: El): string => {
  const attrs = e.attrs.map(([k, v]) => ` ${k}="${escape(v)}"`).join("");
  if (e.children.length === 0 && e.text === "") return `<${e.name}${attrs}/>`;
  return `<${e.name}${attrs}>${escape(e.text)}${e.children.map(write).join("\n")}</${e.name}>`;
};

const element: fc.Memo<El> = fc.memo((depth) =>
  fc.record({
    name: fc.constantFrom("a", "b", "junos:comment", "host-name", "x_1.y"),
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom("inactive", "junos:group", "k"), fc.string({ maxLength: 6 })), { selector: ([k]) => k, maxLength: 2 }),
    text: fc.string({ maxLength: 8 }),
    children: depth <= 1 ? fc.constant([]) : fc.array(element(depth - 1), { maxLength: 3 }),
  }),
);

describe("scanXml on generated documents", () => {
  it("gives back every element, attribute and text of a well-formed document, with no error", () => {
    fc.assert(
      fc.property(element(4), (doc) => {
        const stack: El[] = [{ name: "#root", attrs: [], text: "", children: [] }];
        let error: string | undefined;
        scanXml(write(doc), {
          open: (qname, attributes) => {
            const el: El = { name: qname, attrs: Object.entries(attributes), text: "", children: [] };
            stack[stack.length - 1]!.children.push(el);
            stack.push(el);
          },
          close: () => void stack.pop(),
          text: (chunk) => {
            const top = stack[stack.length - 1]!;
            if (top.children.length === 0) top.text += chunk; // text before the first child (as written)
          },
          error: (message) => (error = message),
        });
        expect(error).toBeUndefined();
        expect(stack).toHaveLength(1);
        expect(stack[0]!.children).toEqual([doc]);
      }),
      { numRuns: 300 },
    );
  });
});
