import { defineConfig } from "vitest/config";

// Tests that drive a real Chromium (installed by .ci/run from Debian's packages).
export default defineConfig({
  test: { include: ["test/browser/**/*.test.ts"], testTimeout: 120_000 },
});
