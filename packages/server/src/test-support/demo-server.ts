import { connectDatabase } from "../database/connect.js";
import { migrateToLatest } from "../database/migrate.js";
import { seriesColumns } from "../events/occurrences.js";
import type { Recurrence } from "@community-kit/schema/ical";
import { seedDemo } from "../seed/seed-demo.js";
import { createApiKey as createKeyAt } from "../management/api-keys.js";
import { type RunningServer, startServer } from "../server.js";
import { freshDatabase } from "./fresh-database.js";
import { daysFromNow, testClock } from "./test-clock.js";

export { freshDatabase } from "./fresh-database.js";
export { daysFromNow, testClock } from "./test-clock.js";
// For the benchmark of notices (bench/notices.mjs): a delivery run, and one signed POST as it makes them.
export { deliverDueNotices, networkTransport } from "../notices/deliver-notices.js";
export { postToWebhook } from "../notices/webhook.js";
import type { WriteLimits } from "../http/write-guard.js";

/** Tests of other things make many writes from one address in a minute: the limits only they set bite. */
const TEST_WRITE_LIMITS: WriteLimits = { perClientPerMinute: 100_000, perCommunityPerMinute: 100_000, trustProxy: false };

/** The day the test fixtures are seeded on: Dragon Boat 2026 falls in the seeded months. */
export const SEED_DAY = new Date("2026-05-10T04:00:00Z");

export interface DemoServer extends RunningServer {
  databaseUrl: string;
  db: ReturnType<typeof connectDatabase>;
  stop(): Promise<void>;
}

/**
 * A real server on a free port over a fresh database seeded with the demo
 * communities: SQLite, or PostgreSQL when TEST_POSTGRES_URL is set.
 */
export async function startDemoServer(seedDay = SEED_DAY, writeLimits = TEST_WRITE_LIMITS): Promise<DemoServer> {
  const database = await freshDatabase();
  const server = await serveDatabase(database.url, writeLimits, async (db) => {
    await migrateToLatest(db);
    await seedDemo(db, seedDay);
  });
  return { ...server, stop: () => server.stop().then(() => database.drop()) };
}

/** Another server instance on the same database as `first`, with connections of its own, as behind a load balancer. */
export function startSecondServer(first: DemoServer, writeLimits = TEST_WRITE_LIMITS): Promise<DemoServer> {
  return serveDatabase(first.databaseUrl, writeLimits);
}

/** A server with connections of its own to the database at `databaseUrl`, prepared by `prepare` before it listens. */
async function serveDatabase(databaseUrl: string, writeLimits: WriteLimits, prepare?: (db: DemoServer["db"]) => Promise<void>): Promise<DemoServer> {
  const db = connectDatabase(databaseUrl);
  await prepare?.(db);
  const server = await startServer(db, 0, { writeLimits, clock: testClock });
  return {
    ...server,
    databaseUrl,
    db,
    stop: async () => {
      await server.close();
      await db.destroy();
    },
  };
}

let upcomingCounter = 0;

/**
 * Adds an event to 太和社区 that takes registrations, a month (or `daysAhead`) after the test
 * clock's now (or ended three hours before it), straight into the database; returns its id.
 */
export async function addUpcomingEvent(
  db: DemoServer["db"],
  options: { title?: string; capacity?: number | null; maxPartySize?: number; open?: boolean; endsInPast?: boolean; daysAhead?: number } = {},
): Promise<string> {
  const id = `upcoming-${process.pid}-${++upcomingCounter}`;
  const start = options.endsInPast ? new Date(testClock.now().getTime() - 3 * 3600000) : daysFromNow(options.daysAhead ?? 30);
  await db
    .insertInto("events")
    .values({
      community_id: "taihe",
      id,
      title: options.title ?? "书法课堂",
      description: "",
      start_at: start.toISOString(),
      end_at: new Date(start.getTime() + 90 * 60000).toISOString(),
      all_day: 0,
      timezone: "Asia/Shanghai",
      location_name: "书画活动室",
      category: "class",
      capacity: options.capacity === undefined ? 10 : options.capacity,
      registered_count: 0,
      registration_open: options.open === false ? 0 : 1,
      max_party_size: options.maxPartySize ?? 4,
      updated_at: testClock.now().toISOString(),
    })
    .execute();
  return id;
}

/** Adds a recurring event straight into the database, stored once as its first occurrence and rule; returns its id. */
export async function addSeries(
  db: DemoServer["db"],
  options: {
    community?: string;
    id: string;
    title: string;
    start: string;
    minutes?: number;
    timezone: string;
    recurrence: Recurrence;
    capacity?: number;
    maxPartySize?: number;
  },
): Promise<string> {
  const start = new Date(options.start);
  const end = new Date(start.getTime() + (options.minutes ?? 90) * 60000);
  await db
    .insertInto("events")
    .values({
      community_id: options.community ?? "taihe",
      id: options.id,
      title: options.title,
      description: "",
      start_at: start.toISOString(),
      end_at: end.toISOString(),
      all_day: 0,
      timezone: options.timezone,
      location_name: "活动室",
      category: "class",
      capacity: options.capacity ?? null,
      registered_count: options.capacity === undefined ? null : 0,
      registration_open: options.capacity === undefined ? 0 : 1,
      max_party_size: options.maxPartySize ?? 4,
      updated_at: testClock.now().toISOString(),
      ...seriesColumns(options.recurrence, { start, end, allDay: false, timeZone: options.timezone }),
    })
    .execute();
  return options.id;
}
/** A management key of `communityId`, made at the test clock's now. */
export function createApiKey(db: DemoServer["db"], communityId: string, label: string): Promise<string> {
  return createKeyAt(db, communityId, label, testClock.now());
}
export { setWriteOrigin } from "../communities/write-origins.js";

/** The first day on `weekday` (0 = Sunday) at least `days` days after the test clock's now, YYYY-MM-DD: a day tests may book. */
export function weekdayAhead(weekday: number, days = 7): string {
  const day = daysFromNow(days);
  while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

let shiftCounter = 0;

/**
 * Adds a shift to one of 太和社区's demo opportunities (the clean-up day by
 * default), `daysAhead` days after the test clock's now at `hour`:00 UTC (or at `start`) for `hours` hours,
 * straight into the database; returns its id.
 */
export async function addShift(
  db: DemoServer["db"],
  options: {
    opportunityId?: string;
    capacity?: number;
    daysAhead?: number;
    hour?: number;
    hours?: number;
    minimumAge?: number;
    skills?: string[];
    start?: Date;
  } = {},
): Promise<string> {
  const opportunityId = options.opportunityId ?? "clean-up-day";
  const id = `${opportunityId}-test-${process.pid}-${++shiftCounter}`;
  const day = daysFromNow(options.daysAhead ?? 10);
  day.setUTCHours(options.hour ?? 1, 0, 0, 0);
  if (options.start) day.setTime(options.start.getTime());
  await db
    .insertInto("shifts")
    .values({
      community_id: "taihe",
      id,
      opportunity_id: opportunityId,
      start_at: day.toISOString(),
      end_at: new Date(day.getTime() + (options.hours ?? 2) * 3_600_000).toISOString(),
      location_name: null,
      location_address: null,
      capacity: options.capacity ?? 5,
      minimum_age: options.minimumAge ?? null,
      skills: JSON.stringify(options.skills ?? []),
    })
    .execute();
  return id;
}
