import cliProgress from "cli-progress";
import { formatDuration } from "./duration.js";
import type { DeviceOutcome, ProgressEvent } from "./fleet.js";

export interface Progress {
  update: (event: ProgressEvent) => void;
  stop: () => void;
}

type Stream = NodeJS.WritableStream & { isTTY?: boolean };

/**
 * Renders collection progress on `stream` (stderr: stdout may carry a report):
 * - a cli-progress bar when `isTTY` (and not CI), then the failed devices once it stops;
 * - one line per device otherwise (CI logs, pipes);
 * - nothing when `stream` is undefined.
 */
export function createProgress(stream: Stream | undefined, isTTY: boolean, isCI = false): Progress {
  if (stream === undefined) return { update: () => undefined, stop: () => undefined };
  return isTTY && !isCI ? barProgress(stream) : lineProgress(stream);
}

export function deviceLine(device: DeviceOutcome, done: number, total: number): string {
  const counter = `[${String(done).padStart(String(total).length)}/${total}]`;
  const result = device.status === "ok" ? `ok (${device.files.length} files)` : `FAILED: ${device.reason ?? "unknown error"}`;
  return `${counter} ${device.name} (${device.host}, ${device.transport}) ${result} in ${formatDuration(device.durationMs)}${device.insecure ? " [insecure]" : ""}`;
}

function lineProgress(stream: Stream): Progress {
  return {
    update: (event) => {
      if (event.kind === "device") stream.write(`${deviceLine(event.device, event.done, event.total)}\n`);
      if (event.kind === "finish") stream.write(`collected ${event.ok} of ${event.total} devices, ${event.failed} failed\n`);
    },
    stop: () => undefined,
  };
}

function barProgress(stream: Stream): Progress {
  const bar = new cliProgress.SingleBar(
    { stream, format: "collecting [{bar}] {value}/{total} devices | {failed} failed | {name}", hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  const failures: string[] = [];
  let started = false;
  let failed = 0;
  return {
    update: (event) => {
      if (event.kind === "start") {
        bar.start(event.total, 0, { failed: 0, name: "" });
        started = true;
      } else if (event.kind === "device") {
        if (event.device.status === "error") {
          failed += 1;
          failures.push(`  ${event.device.name} (${event.device.host}): ${event.device.reason ?? "unknown error"}`);
        }
        bar.update(event.done, { failed, name: event.device.name });
      }
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
      if (failures.length > 0) stream.write(`failed devices:\n${failures.join("\n")}\n`);
      failures.length = 0;
    },
  };
}
