import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { DeviceOutcome } from "../../src/collectors/index.js";
import { createProgress } from "../../src/collectors/progress.js";

function sink(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { isTTY, text: () => chunks.join(""), columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
}

const ok: DeviceOutcome = { name: "r1", host: "192.0.2.1", transport: "netconf-tls", status: "ok", files: ["a", "b"], insecure: false, durationMs: 120 };
const bad: DeviceOutcome = { name: "r2", host: "192.0.2.2", transport: "rest", status: "error", reason: "connection refused", files: [], insecure: false, durationMs: 3 };

function play(progress: ReturnType<typeof createProgress>): void {
  progress.update({ kind: "start", total: 2 });
  progress.update({ kind: "device", device: ok, done: 1, total: 2 });
  progress.update({ kind: "device", device: bad, done: 2, total: 2 });
  progress.update({ kind: "finish", ok: 1, failed: 1, total: 2 });
  progress.stop();
}

describe("progress", () => {
  it("one line per device in CI / pipes", () => {
    const out = sink(false);
    play(createProgress(out, false, true));
    expect(out.text()).toBe(
      "[1/2] r1 (192.0.2.1, netconf-tls) ok (2 files) in 120 ms\n" +
        "[2/2] r2 (192.0.2.2, rest) FAILED: connection refused in 3 ms\n" +
        "collected 1 of 2 devices, 1 failed\n",
    );
  });

  it("a bar on a terminal, then the failed devices", () => {
    const out = sink(true);
    play(createProgress(out, true, false));
    expect(out.text()).toContain("collecting [");
    expect(out.text()).toContain("failed devices:\n  r2 (192.0.2.2): connection refused\n");
    expect(out.text()).not.toContain("[1/2] r1");
  });

  it("nothing without a stream", () => {
    expect(() => play(createProgress(undefined, true))).not.toThrow();
  });
});
