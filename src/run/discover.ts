import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { diagnostic, type Diagnostic } from "../model/diagnostics.js";

/** Folders never walked into: VCS metadata and dependency trees. Hidden folders are skipped too. */
const SKIPPED_DIRS = new Set(["node_modules", "CVS"]);

export interface Discovered {
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * Expands the PATH arguments into input files: files as given, directories walked recursively
 * (sorted, hidden and VCS folders skipped), `-` for stdin. A missing path is an error diagnostic.
 * Inside a directory, a symbolic link to a file is read; one to a directory is not walked (it could
 * loop or leave the tree) and a broken one is reported: neither is skipped silently.
 * Iterative (an explicit queue), so deep directory trees cannot overflow the stack.
 */
export async function discoverInputs(paths: readonly string[]): Promise<Discovered> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    if (path === "-") {
      files.push("-");
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      diagnostics.push(diagnostic("error", "input/not-found", `no such file or directory: expected a configuration file or a directory of them`, path));
      continue;
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const queue = [path];
    while (queue.length > 0) {
      const dir = queue.shift()!;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (error) {
        diagnostics.push(diagnostic("error", "input/unreadable", `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? "error"}`, dir));
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (entry.name.startsWith(".")) continue;
        const full = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name)) queue.push(full);
        } else if (entry.isFile()) files.push(full);
        else if (entry.isSymbolicLink()) await followLink(full, files, diagnostics);
      }
    }
  }
  return { files, diagnostics };
}

async function followLink(link: string, files: string[], diagnostics: Diagnostic[]): Promise<void> {
  let info;
  try {
    info = await stat(link);
  } catch {
    diagnostics.push(diagnostic("warning", "input/broken-link", "broken symbolic link: its target does not exist; skipped", link));
    return;
  }
  if (info.isFile()) files.push(link);
  else if (info.isDirectory()) {
    diagnostics.push(diagnostic("info", "input/directory-link", "symbolic link to a directory: not walked (give its target as a PATH to audit it)", link));
  }
}
