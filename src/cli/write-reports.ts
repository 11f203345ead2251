import type { RuleMeta } from "../engine/types.js";
import type { Report } from "../model/report.js";
import { render } from "../render/index.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import type { ReportTarget } from "./options.js";
import type { Io } from "./run.js";

/**
 * Renders each requested format once and writes it: files atomically (temp + rename), or stdout.
 * Colour only for text on a TTY stdout, and never with NO_COLOR.
 */
export async function writeReports(report: Report, targets: readonly ReportTarget[], rules: RuleMeta[], io: Io): Promise<void> {
  const colorOk = io.stdout.isTTY === true && (io.env.NO_COLOR === undefined || io.env.NO_COLOR === "");
  for (const target of targets) {
    const text = render(target.format, report, { rules, color: target.file === undefined && colorOk, cwd: io.cwd });
    if (target.file === undefined) io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    else await writeFileAtomic(target.file, text);
  }
}
