import { defineConfig } from "vitest/config";

// `npm test`: unit and integration tests. No browser, no network, no ../shared.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/corpus/**", "test/browser/**", "node_modules/**"],
    testTimeout: 30_000,
    pool: "forks",
  },
});
