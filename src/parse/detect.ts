import type { ConfigFormat } from "../model/config-tree.js";

// STUB: being written (content-based detection). Replace this whole file.
export function detectFormat(text: string): ConfigFormat | undefined {
  const t = text.trimStart();
  if (t.startsWith("<")) return "xml";
  if (t.startsWith("{")) return "json";
  if (/^(set|deactivate|delete) /m.test(t)) return "set";
  return t.length > 0 ? "curly" : undefined;
}
