import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoServer, startDemoServer, testClock } from "../test-support/demo-server.js";
import { isPostgres } from "./engine.js";

// What PostgreSQL holds by itself, whatever the code above it does. Only this
// engine has these: the suite runs here through vitest.postgres.config.ts.
let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

let written = 0;
/** Writes a booking straight into the database, past every check of the server. */
function insertBooking(
  resourceId: string,
  start: string,
  end: string,
  extra: { status?: "confirmed" | "pending" | "cancelled"; bufferMinutes?: number; exclusive?: boolean } = {},
) {
  return server.db
    .insertInto("bookings")
    .values({
      id: `direct-${++written}`,
      community_id: "taihe",
      resource_id: resourceId,
      start_at: new Date(start).toISOString(),
      end_at: new Date(end).toISOString(),
      units: 1,
      status: extra.status ?? "confirmed",
      purpose: "直接写入",
      name: "测试",
      phone: `1300000${String(written).padStart(4, "0")}`,
      cancel_token_hash: "",
      created_at: testClock.now().toISOString(),
      buffer_minutes: extra.bufferMinutes ?? 15,
      exclusive: extra.exclusive === false ? 0 : 1,
    })
    .execute();
}

const refusedAsOverlap = { code: "23P01", constraint: "bookings_no_overlap" };

describe("PostgreSQL", () => {
  it("is the engine these tests run on", () => {
    expect(isPostgres(server.db)).toBe(true);
  });

  it("refuses two bookings of one room whose times overlap, the buffer after each included", async () => {
    await insertBooking("calligraphy-room", "2027-03-02T09:00:00+08:00", "2027-03-02T10:00:00+08:00");
    await expect(insertBooking("calligraphy-room", "2027-03-02T09:30:00+08:00", "2027-03-02T10:30:00+08:00")).rejects.toMatchObject(refusedAsOverlap);
    // Ten minutes after the end is inside the first booking's 15-minute buffer.
    await expect(insertBooking("calligraphy-room", "2027-03-02T10:10:00+08:00", "2027-03-02T11:00:00+08:00")).rejects.toMatchObject(refusedAsOverlap);
    await expect(insertBooking("calligraphy-room", "2027-03-02T08:00:00+08:00", "2027-03-02T08:50:00+08:00")).rejects.toMatchObject(refusedAsOverlap);
    await insertBooking("calligraphy-room", "2027-03-02T10:15:00+08:00", "2027-03-02T11:00:00+08:00");
    // Another room, a cancelled booking, and units of equipment shared out do not collide.
    await insertBooking("reading-room", "2027-03-02T09:00:00+08:00", "2027-03-02T10:00:00+08:00");
    await insertBooking("calligraphy-room", "2027-03-02T09:00:00+08:00", "2027-03-02T10:00:00+08:00", { status: "cancelled" });
    await insertBooking("dance-speaker", "2027-03-02T18:30:00+08:00", "2027-03-02T20:00:00+08:00", { exclusive: false });
    await insertBooking("dance-speaker", "2027-03-02T18:30:00+08:00", "2027-03-02T20:00:00+08:00", { exclusive: false });
  });

  it("refuses a booking awaiting approval over a confirmed one, and frees the time when one is cancelled", async () => {
    await insertBooking("reading-room", "2027-03-03T09:00:00+08:00", "2027-03-03T10:00:00+08:00", { status: "pending" });
    await expect(insertBooking("reading-room", "2027-03-03T09:00:00+08:00", "2027-03-03T10:00:00+08:00")).rejects.toMatchObject(refusedAsOverlap);
    await server.db
      .updateTable("bookings")
      .set({ status: "cancelled" })
      .where("resource_id", "=", "reading-room")
      .where("start_at", "=", new Date("2027-03-03T09:00:00+08:00").toISOString())
      .execute();
    await insertBooking("reading-room", "2027-03-03T09:00:00+08:00", "2027-03-03T10:00:00+08:00");
  });

  it("keys every table but communities by community first, as Citus distributing by community_id needs", async () => {
    const keys = await sql<{ table_name: string; constraint_name: string; first_column: string }>`
      select rel.relname as table_name, con.conname as constraint_name, att.attname as first_column
      from pg_constraint con
      join pg_class rel on rel.oid = con.conrelid
      join pg_namespace ns on ns.oid = rel.relnamespace
      join pg_attribute att on att.attrelid = rel.oid and att.attnum = con.conkey[1]
      where ns.nspname = 'public' and con.contype in ('p', 'u', 'x') and rel.relname not like 'kysely_%'
      order by 1, 2`.execute(server.db);
    const indexes = await sql<{ table_name: string; index_name: string; first_column: string }>`
      select rel.relname as table_name, idx.relname as index_name, att.attname as first_column
      from pg_index i
      join pg_class rel on rel.oid = i.indrelid
      join pg_class idx on idx.oid = i.indexrelid
      join pg_namespace ns on ns.oid = rel.relnamespace
      join pg_attribute att on att.attrelid = rel.oid and att.attnum = i.indkey[0]
      where ns.nspname = 'public' and i.indisunique and rel.relname not like 'kysely_%'`.execute(server.db);
    const tables = new Set(keys.rows.map((key) => key.table_name));
    expect([...tables].sort()).toEqual([
      "api_keys",
      "audit_log",
      "bookings",
      "categories",
      "communities",
      "data_versions",
      "events",
      "idempotency_keys",
      "notices",
      "official_days",
      "opportunities",
      "partners",
      "registrations",
      "resources",
      "shifts",
      "signups",
      "staff_accounts",
      "staff_sessions",
      "teams",
      "write_counts",
    ]);
    const notByCommunity = [
      ...keys.rows.map((key) => [key.table_name, key.constraint_name, key.first_column]),
      ...indexes.rows.map((index) => [index.table_name, index.index_name, index.first_column]),
    ].filter(([table, , column]) => table !== "communities" && column !== "community_id");
    expect(notByCommunity).toEqual([]);
  });
});
