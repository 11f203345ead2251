/**
 * JSON tokens → a small syntax tree that keeps the line of every key and value.
 * Iterative (explicit stack of open containers); on an error the part read so far is kept,
 * so a truncated file still yields what it holds. Duplicate keys are kept in order.
 */
import type { JsonLexer, Token } from "./json-tokens.js";

export interface JsonMember {
  key: string;
  line: number;
  value: JsonValue;
}

export type JsonValue =
  | { kind: "object"; line: number; members: JsonMember[] }
  | { kind: "array"; line: number; items: JsonValue[] }
  | { kind: "scalar"; line: number; value: string | boolean | null };

export interface SyntaxResult {
  value: JsonValue | undefined;
  error?: { message: string; line: number } | undefined;
}

type Container = Extract<JsonValue, { kind: "object" | "array" }>;
type Expect = "value" | "key-or-close" | "key" | "colon" | "after-value";

/** What was found instead, without quoting values: a misplaced value may be a secret. */
function describe(token: Token): string {
  if (token.kind === "end") return "the end of the input";
  if (token.kind === "string") return "a quoted string";
  if (token.kind === "word") return "an unquoted value";
  return `'${token.kind}'`;
}

function scalarOf(token: Token): string | boolean | null {
  if (token.kind === "string") return token.text;
  if (token.text === "null") return null;
  if (token.text === "true") return true;
  if (token.text === "false") return false;
  return token.text;
}

/** Builds the syntax tree from the lexer's tokens; refuses nesting deeper than `maxNesting` containers. */
export function parseJsonTokens(lexer: JsonLexer, maxNesting: number): SyntaxResult {
  const stack: Container[] = [];
  let root: JsonValue | undefined;
  let pendingKey: string | undefined; // the key read last, and its line
  let pendingLine = 0;
  let expect: Expect = "value";
  const fail = (message: string, token: Token): SyntaxResult => ({ value: root, error: { message, line: token.line } });
  const attach = (value: JsonValue): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) root = value;
    else if (top.kind === "array") top.items.push(value);
    else if (pendingKey !== undefined) top.members.push({ key: pendingKey, line: pendingLine, value });
  };
  for (;;) {
    const token = lexer.next();
    const top = stack[stack.length - 1];
    switch (expect) {
      case "value": {
        if (token.kind === "]" && top?.kind === "array") {
          stack.pop(); // an empty array (or a trailing comma before ']')
          expect = "after-value";
        } else if (token.kind === "{" || token.kind === "[") {
          if (stack.length >= maxNesting) return fail(`JSON nested deeper than ${maxNesting} levels; expected a shallower configuration`, token);
          const container: Container = token.kind === "{" ? { kind: "object", line: token.line, members: [] } : { kind: "array", line: token.line, items: [] };
          attach(container);
          stack.push(container);
          expect = token.kind === "{" ? "key-or-close" : "value";
        } else if (token.kind === "string" || token.kind === "word") {
          attach({ kind: "scalar", line: token.line, value: scalarOf(token) });
          expect = "after-value";
        } else return fail(`expected a value, found ${describe(token)}`, token);
        break;
      }
      case "key-or-close":
      case "key": {
        if (token.kind === "}" && top?.kind === "object") {
          stack.pop(); // also accepts a trailing comma before '}'
          expect = "after-value";
        } else if (token.kind === "string" || token.kind === "word") {
          pendingKey = token.text;
          pendingLine = token.line;
          expect = "colon";
        } else return fail(`expected a quoted key${expect === "key-or-close" ? " or '}'" : ""}, found ${describe(token)}`, token);
        break;
      }
      case "colon":
        if (token.kind !== ":") return fail(`expected ':' after the key "${pendingKey ?? ""}", found ${describe(token)}`, token);
        expect = "value";
        break;
      case "after-value": {
        if (top === undefined) {
          if (token.kind === "end") return { value: root };
          return fail(`expected the end of the input after the top-level value, found ${describe(token)}`, token);
        }
        const close = top.kind === "object" ? "}" : "]";
        if (token.kind === ",") expect = top.kind === "object" ? "key" : "value";
        else if (token.kind === close) stack.pop();
        else return fail(`expected ',' or '${close}' (to close the ${top.kind === "object" ? "object" : "array"} opened at line ${top.line}), found ${describe(token)}`, token);
        break;
      }
    }
  }
}
