import { defineConfig } from "vitest/config";

// Unit tests (Node) for every package. Widgets are tested in Chromium by
// web-test-runner instead (web-test-runner.config.mjs), never in a fake DOM.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts"],
    // *.postgres.test.ts: only on PostgreSQL, in vitest.postgres.config.ts.
    exclude: ["**/node_modules/**", "packages/*/src/**/*.browser.test.ts", "packages/*/src/**/*.postgres.test.ts"],
    environment: "node",
    testTimeout: 20000,
    hookTimeout: 30000,
  },
});
