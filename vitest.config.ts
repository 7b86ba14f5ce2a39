// Unit, golden and end-to-end tests. Browser tests drive the system Chromium
// and build outputs, so they get a longer timeout.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
