import { defineConfig } from "vitest/config";

// Tests that read the real-world corpus in ../shared (run by .ci/run when it is there).
export default defineConfig({
  test: { include: ["test/corpus/**/*.test.ts"], testTimeout: 120_000 },
});
