/**
 * Junos group wildcards: a word written `<pattern>` inside a configuration group matches existing
 * names in the target. `*` matches any string, `?` one character, `[…]` a character class (with
 * `a-z` ranges and a leading `!` for negation). Everything else matches itself. `<>` matches nothing
 * real (only the empty name). Wildcards never create objects; see apply-groups.ts.
 */

export type WildcardMatcher = (name: string) => boolean;

const compiled = new Map<string, WildcardMatcher>();

/** Is this group word a wildcard pattern (`<…>`)? */
export function isWildcard(word: string): boolean {
  return word.length >= 2 && word.startsWith("<") && word.endsWith(">");
}

function escapeRegExp(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** The regular-expression text of a `[…]` class starting at `open`, and where it ends; undefined if unterminated. */
function characterClass(pattern: string, open: number): { source: string; end: number } | undefined {
  const close = pattern.indexOf("]", open + 2);
  if (close < 0) return undefined;
  let body = pattern.slice(open + 1, close);
  const negated = body.startsWith("!");
  if (negated) body = body.slice(1);
  const escaped = body.replace(/[\\^\]]/g, (c) => `\\${c}`);
  return { source: `[${negated ? "^" : ""}${escaped}]`, end: close };
}

function toRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else if (ch === "[") {
      const cls = characterClass(pattern, i);
      if (cls === undefined) source += "\\[";
      else {
        source += cls.source;
        i = cls.end;
      }
    } else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, "s");
}

/** The matcher for a wildcard word such as `<ge-*>` (compiled once, then cached). */
export function wildcardMatcher(word: string): WildcardMatcher {
  let matcher = compiled.get(word);
  if (matcher === undefined) {
    const re = toRegExp(word.slice(1, -1));
    matcher = word === "<*>" ? () => true : (name) => re.test(name);
    compiled.set(word, matcher);
  }
  return matcher;
}

/** Does the group word `word` stand for the target name `name` (equal, or a matching wildcard)? */
export function groupWordMatches(word: string, name: string): boolean {
  if (word === name) return true;
  return isWildcard(word) && wildcardMatcher(word)(name);
}
