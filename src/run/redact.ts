/**
 * Secrets never reach reports: configuration text shown to people (snippets) passes through here.
 * Values after secret-bearing keywords, Junos crypt/obfuscated strings ($1$ $5$ $6$ $8$ $9$) and
 * anything marked `## SECRET-DATA` are replaced by <redacted>.
 */
const SECRET_KEYWORDS =
  /(?<=^|[\s{])(secret|encrypted-password|plain-text-password|password|pre-shared-key|authentication-key|community|bindpw|challenge-password|load-key-file|key-contents)(\s+)("(?:[^"\\]|\\.)*"|[^\s;]+)/gi;
const CRYPT = /\$[1-9]\$[^\s;"]*/g;
const PEM = /-----BEGIN [^-]+-----[\s\S]*?(-----END [^-]+-----|$)/g;

export function redactLine(line: string): string {
  if (line.includes("SECRET-DATA")) {
    const semi = line.indexOf(";");
    const head = line.slice(0, semi < 0 ? line.length : semi).replace(/^(\s*\S+\s+)(.*)$/, "$1<redacted>");
    return `${head}${semi < 0 ? "" : "; ## SECRET-DATA"}`;
  }
  return line.replace(PEM, "<redacted PEM>").replace(CRYPT, "<redacted>").replace(SECRET_KEYWORDS, "$1$2<redacted>");
}
