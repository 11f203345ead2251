/**
 * Lines found in captured CLI sessions that are not configuration: the `show configuration |
 * display set` command itself, `configure`/`commit`, prompts, `[edit …]` banners, `{master:0}`.
 * The set parser skips them with a warning (they are not errors, but the user should know).
 */

const NOISE_COMMANDS = new Set(["show", "configure", "commit", "quit", "run", "rollback", "load", "status", "request", "monitor", "help"]);

const PROMPT = /^[\w.-]+@[\w.:-]+[>#%]/;
const EDIT_BANNER = /^\[edit(\s[^\]]*)?\]$/;
const RE_BANNER = /^\{[\w-]+(:[\w-]+)?\}$/;
const PAGER = /^-+\s*\(?more/i;

/** Is `line` (trimmed) CLI noise rather than a configuration command? */
export function isCliNoise(line: string): boolean {
  const space = line.indexOf(" ");
  const first = space < 0 ? line : line.slice(0, space);
  if (NOISE_COMMANDS.has(first)) return true;
  return PROMPT.test(line) || EDIT_BANNER.test(line) || RE_BANNER.test(line) || PAGER.test(line);
}
