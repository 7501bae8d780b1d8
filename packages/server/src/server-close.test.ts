import type { KyselyPlugin } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { connectDatabase } from "./database/connect.js";
import { migrateToLatest } from "./database/migrate.js";
import { seedDemo } from "./seed/seed-demo.js";
import { startServer } from "./server.js";
import { SEED_DAY, freshDatabase } from "./test-support/demo-server.js";

const database = await freshDatabase();
afterAll(() => database.drop());

/** Holds every query's result until `release`, and says when one is held. */
function holdQueries() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const firstHeld = new Promise<void>((resolve) => (held = resolve));
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      held();
      await released;
      return args.result;
    },
  };
  return { plugin, firstHeld, release };
}

describe("closing the server", () => {
  it("waits for a request still being handled after its client hung up, before the database may close", async () => {
    const db = connectDatabase(database.url);
    await migrateToLatest(db);
    await seedDemo(db, SEED_DAY);
    const hold = holdQueries();
    const server = await startServer(db.withPlugin(hold.plugin), 0);
    const client = new AbortController();
    const request = fetch(`${server.url}/v1/communities/taihe/events`, { signal: client.signal }).catch(() => "hung up");
    await hold.firstHeld;
    client.abort();
    expect(await request).toBe("hung up");

    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closed, "closed while a request still used the database").toBe(false);
    hold.release();
    await closing;
    await db.destroy();
  });
});
