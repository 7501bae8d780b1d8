import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectDatabase } from "../database/connect.js";
import { migrateToLatest } from "../database/migrate.js";
import { seedDemo } from "../seed/seed-demo.js";
import { type RunningServer, startServer } from "../server.js";

/** The day the test fixtures are seeded on: Dragon Boat 2026 falls in the seeded months. */
export const SEED_DAY = new Date("2026-05-10T04:00:00Z");

export interface DemoServer extends RunningServer {
  databasePath: string;
  db: ReturnType<typeof connectDatabase>;
  stop(): Promise<void>;
}

/** A real server on a free port over a fresh SQLite file seeded with the demo communities. */
export async function startDemoServer(seedDay = SEED_DAY): Promise<DemoServer> {
  const folder = mkdtempSync(join(tmpdir(), "community-kit-"));
  const databasePath = join(folder, "test.db");
  const db = connectDatabase(`sqlite:${databasePath}`);
  await migrateToLatest(db);
  await seedDemo(db, seedDay);
  const server = await startServer(db, 0);
  return {
    ...server,
    databasePath,
    db,
    stop: async () => {
      await server.close();
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
