import { Event, Page } from "@community-kit/schema";
import type { Hono } from "hono";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { createApp } from "../app.js";
import { connectDatabase } from "../database/connect.js";
import type { Database } from "../database/tables.js";
import { addUpcomingEvent, createApiKey, type DemoServer, startDemoServer } from "../test-support/demo-server.js";
import { testClock } from "../test-support/test-clock.js";
import type { ApiEnv } from "./request-time.js";

// A second instance beside the demo server, on the same database with connections of its own,
// as behind a load balancer: an in-process app whose clock the tests move and whose queries they count.
let first: DemoServer;
let secondDb: Kysely<Database>;
let second: Hono<ApiEnv>;
let queries = 0;
let now = testClock.now().getTime();

beforeAll(async () => {
  first = await startDemoServer();
  secondDb = connectDatabase(first.databaseUrl);
  const counted = secondDb.withPlugin({
    transformQuery: (args) => {
      queries++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
  second = createApp(counted, { clock: { now: () => new Date(now) } });
});
afterAll(async () => {
  await secondDb?.destroy();
  await first?.stop();
});

const EVENTS = "/v1/communities/taihe/events?limit=500";
const onSecond = (path: string, headers: Record<string, string> = {}) => second.request(path, { headers });
const eventIn = async (response: Response, id: string) => z.parse(Page(Event), await response.json()).items.find((event) => event.id === id);

describe("reads by data version", () => {
  it("shows a registration made on one instance in the next read on another, which had kept the answer", async () => {
    const id = await addUpcomingEvent(first.db, { capacity: 10, daysAhead: 3 });
    const before = await onSecond(EVENTS);
    const etag = before.headers.get("ETag")!;
    expect(etag).toMatch(/^W\/"\d+\.\d+\.\w+\.p"$/);
    expect((await eventIn(before, id))?.registeredCount).toBe(0);
    expect((await onSecond(EVENTS, { "If-None-Match": etag })).status).toBe(304);

    const registered = await fetch(`${first.url}/v1/communities/taihe/events/${id}/registrations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": `versioned-${id}` },
      body: JSON.stringify({ name: "王秀兰", phone: "13800138000", partySize: 2, consent: true }),
    });
    expect(registered.status).toBe(201);

    const after = await onSecond(EVENTS, { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(etag);
    expect((await eventIn(after, id))?.registeredCount).toBe(2);
  });

  it("takes any write to the database, as an import or the CLI makes it, and not its bookkeeping", async () => {
    const id = await addUpcomingEvent(first.db, { title: "太极拳入门", daysAhead: 4 });
    const read = await onSecond(EVENTS);
    expect((await eventIn(read, id))?.title).toBe("太极拳入门");
    const etag = read.headers.get("ETag")!;

    // A key made and used is kept apart from what residents read: the answer still holds.
    await createApiKey(first.db, "taihe", "版本测试");
    expect((await onSecond(EVENTS, { "If-None-Match": etag })).status).toBe(304);

    await first.db.updateTable("events").set({ title: "太极拳提高班" }).where("id", "=", id).execute();
    const renamed = await onSecond(EVENTS, { "If-None-Match": etag });
    expect(renamed.status).toBe(200);
    expect((await eventIn(renamed, id))?.title).toBe("太极拳提高班");
  });

  it("answers a revalidation and a read it has kept with one query, the version's", async () => {
    const etag = (await onSecond(EVENTS)).headers.get("ETag")!;
    queries = 0;
    expect((await onSecond(EVENTS, { "If-None-Match": etag })).status).toBe(304);
    expect(queries).toBe(1);
    queries = 0;
    const kept = await onSecond(EVENTS);
    expect(kept.status).toBe(200);
    expect(kept.headers.get("ETag")).toBe(etag);
    expect(queries).toBe(1);
  });

  it("makes the answer again when the minute moves, for what depends on now", async () => {
    const start = now;
    try {
      // Ends 30 seconds from now: open for registration this minute, over in the next.
      const id = await addUpcomingEvent(first.db, { daysAhead: 30 / 86_400 - 90 / 1_440 });
      const open = await onSecond(EVENTS);
      expect((await eventIn(open, id))?.registration?.open).toBe(true);
      now += 60_000;
      const over = await onSecond(EVENTS, { "If-None-Match": open.headers.get("ETag")! });
      expect(over.status).toBe(200);
      expect((await eventIn(over, id))?.registration?.open).toBe(false);
    } finally {
      now = start;
    }
  });

  it("never validates another query's answer with a tag", async () => {
    const june = await onSecond("/v1/communities/taihe/events?limit=5");
    expect((await onSecond("/v1/communities/taihe/events?limit=6", { "If-None-Match": june.headers.get("ETag")! })).status).toBe(200);
  });

  it("keeps a room's availability revalidated every time, its 304 saying so as its 200 did", async () => {
    const path = "/v1/communities/taihe/resources/reading-room/availability";
    const read = await onSecond(path);
    expect(read.headers.get("Cache-Control")).toBe("no-cache");
    const again = await onSecond(path, { "If-None-Match": read.headers.get("ETag")! });
    expect(again.status).toBe(304);
    expect(again.headers.get("Cache-Control")).toBe("no-cache");
  });

  it("keeps nothing personal: reads with a key are neither versioned nor kept", async () => {
    const key = await createApiKey(first.db, "taihe", "登记名单");
    const id = await addUpcomingEvent(first.db, { daysAhead: 5 });
    const path = `/v1/communities/taihe/events/${id}/registrations`;
    const listed = await onSecond(path, { Authorization: `Bearer ${key}` });
    expect(listed.status).toBe(200);
    expect(listed.headers.get("Cache-Control")).toBe("no-store");
    expect(listed.headers.get("ETag") ?? "").not.toMatch(/^W\/"\d+\./);
    expect((await onSecond(path)).status).toBe(401);
  });
});
