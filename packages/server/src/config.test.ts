import { describe, expect, it } from "vitest";
import { configFromEnvironment } from "./config.js";
import { connectDatabase } from "./database/connect.js";
import { isPostgres } from "./database/engine.js";
import { migrateToLatest } from "./database/migrate.js";
import { seedDemo } from "./seed/seed-demo.js";

describe("configuration from the environment", () => {
  it("defaults to port 8080 and a SQLite file under data/", () => {
    expect(configFromEnvironment({})).toMatchObject({ port: 8080, databaseUrl: "sqlite:data/community-kit.db" });
    expect(configFromEnvironment({ PORT: "9000", DATABASE_URL: "sqlite::memory:" })).toMatchObject({ port: 9000, databaseUrl: "sqlite::memory:" });
  });

  it("limits residents' writes to 30 a minute per client and 600 per community unless told otherwise", () => {
    expect(configFromEnvironment({}).writeLimits).toEqual({ perClientPerMinute: 30, perCommunityPerMinute: 600, trustProxy: false });
    expect(configFromEnvironment({ WRITE_LIMIT_PER_CLIENT: "5", WRITE_LIMIT_PER_COMMUNITY: "100", TRUST_PROXY: "1" }).writeLimits).toEqual({
      perClientPerMinute: 5,
      perCommunityPerMinute: 100,
      trustProxy: true,
    });
    expect(() => configFromEnvironment({ WRITE_LIMIT_PER_CLIENT: "lots" })).toThrow(/WRITE_LIMIT_PER_CLIENT must be a whole number/);
    expect(() => configFromEnvironment({ WRITE_LIMIT_PER_COMMUNITY: "0" })).toThrow(/WRITE_LIMIT_PER_COMMUNITY/);
  });

  it("refuses a port that is not one", () => {
    expect(() => configFromEnvironment({ PORT: "eighty" })).toThrow(/PORT must be a whole number/);
    expect(() => configFromEnvironment({ PORT: "70000" })).toThrow(/PORT/);
  });
});

describe("connectDatabase", () => {
  it("opens an in-memory database that migrates and seeds", async () => {
    const db = connectDatabase("sqlite::memory:");
    expect(await migrateToLatest(db)).toEqual([
      "0001-communities-and-events",
      "0002-registrations",
      "0003-privacy",
      "0004-recurrence",
      "0005-calendar-uids",
      "0006-management",
      "0007-resources-and-bookings",
      "0008-booking-blocks",
      "0009-volunteers",
      "0010-partners",
      "0011-write-origins",
      "0012-audit-log",
      "0013-booking-overlap",
      "0014-write-counts",
      "0015-short-codes",
      "0016-official-days",
      "0017-data-versions",
      "0018-staff-accounts",
      "0019-registration-check-in",
      "0020-booking-decision-reason",
      "0021-notices",
      "0022-shift-cancelling",
    ]);
    expect(await migrateToLatest(db)).toEqual([]);
    const seeded = await seedDemo(db, new Date("2026-11-23T08:00:00Z"));
    expect(seeded.communities).toBe(3);
    expect(seeded.events).toBeGreaterThan(100);
    // Six weeks from Monday 23 November 16:00 in Beijing: 太和 33 (6 clean-up Saturdays, 12 Tuesday and
    // Thursday sortings, 1 second Saturday, 6 Wednesday visits, 2 first Fridays, 6 Mondays after today's
    // 15:00 has passed), 和平 6 Sundays, Riverside 2 first Saturdays and 6 Thursdays.
    expect(seeded.shifts).toBe(47);
    expect(seeded.partners).toBe(14);
    await db.destroy();
  });

  it("opens PostgreSQL for a postgres:// URL, its pool as large as ?max says", async () => {
    const db = connectDatabase("postgresql://ck@127.0.0.1:1/ck?max=4");
    expect(isPostgres(db)).toBe(true);
    expect(isPostgres(connectDatabase("sqlite::memory:"))).toBe(false);
    await db.destroy();
    expect(() => connectDatabase("postgres://ck@127.0.0.1:1/ck?max=many")).toThrow(/max must be a whole number of connections, not "many"/);
  });
});
