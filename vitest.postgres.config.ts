import { defineConfig } from "vitest/config";

// The server's whole suite again, on PostgreSQL, with the tests only PostgreSQL has.
// scripts/test-postgres.sh starts a throwaway server and sets TEST_POSTGRES_URL.
if (!process.env.TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is not set: run `pnpm run test:postgres`, which starts a PostgreSQL server for the run");

export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["packages/server/src/**/*.test.ts"],
    environment: "node",
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
