import { defineConfig } from "vitest/config";

// Unit tests (Node) for every package. Widgets are tested in Chromium by
// web-test-runner instead (web-test-runner.config.mjs), never in a fake DOM.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts"],
    exclude: ["**/node_modules/**", "packages/*/src/**/*.browser.test.ts"],
    environment: "node",
    testTimeout: 20000,
    hookTimeout: 30000,
  },
});
