import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoServer, addShift, addUpcomingEvent, startDemoServer, testClock, weekdayAhead } from "../test-support/demo-server.js";
import { purgeExpiredBookings, purgeExpiredRegistrations, purgeExpiredSignups } from "./purge.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("purgeExpiredRegistrations", () => {
  it("erases names and phones once an event is more than the retention period over, and keeps the counts", async () => {
    const eventId = await addUpcomingEvent(server.db, { capacity: 5 });
    const response = await fetch(`${server.url}/v1/communities/taihe/events/${eventId}/registrations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "purge-1" },
      body: JSON.stringify({ name: "张三", phone: "13800138000", partySize: 2, consent: true }),
    });
    expect(response.status).toBe(201);
    const event = await server.db.selectFrom("events").select("end_at").where("id", "=", eventId).executeTakeFirstOrThrow();
    const ended = new Date(event.end_at).getTime();
    const day = 86400000;

    // 太和社区 keeps the data 30 days after the event.
    expect(await purgeExpiredRegistrations(server.db, new Date(ended + 29 * day))).toBe(0);
    expect(await purgeExpiredRegistrations(server.db, new Date(ended + 30 * day + 1000))).toBe(1);
    const row = await server.db.selectFrom("registrations").selectAll().where("event_id", "=", eventId).executeTakeFirstOrThrow();
    expect(row.name).toBe("");
    expect(row.phone).toBe(`erased:${row.id}`);
    expect(row).toMatchObject({ status: "confirmed", party_size: 2 });
    expect((await server.db.selectFrom("events").select("registered_count").where("id", "=", eventId).executeTakeFirstOrThrow()).registered_count).toBe(2);
    expect(await purgeExpiredRegistrations(server.db, new Date(ended + 60 * day))).toBe(0);
  });
});

describe("purgeExpiredBookings", () => {
  it("erases who booked once a booking is more than the retention period over, and keeps the time it held", async () => {
    const day = weekdayAhead(3, 9);
    const response = await fetch(`${server.url}/v1/communities/taihe/bookings`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "purge-booking-1" },
      body: JSON.stringify({
        resourceId: "chess-room",
        start: `${day}T09:00:00+08:00`,
        end: `${day}T10:00:00+08:00`,
        purpose: "象棋比赛",
        organisation: "老年棋友会",
        name: "李阿姨",
        phone: "13800138001",
        consent: true,
      }),
    });
    expect(response.status).toBe(201);
    const ended = Date.parse(`${day}T10:00:00+08:00`);
    const DAY = 86400000;

    expect(await purgeExpiredBookings(server.db, new Date(ended + 29 * DAY))).toBe(0);
    expect(await purgeExpiredBookings(server.db, new Date(ended + 30 * DAY + 1000))).toBe(1);
    const row = await server.db
      .selectFrom("bookings")
      .selectAll()
      .where("resource_id", "=", "chess-room")
      .where("start_at", "=", new Date(`${day}T09:00:00+08:00`).toISOString())
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: "", organisation: null, cancel_token_hash: "", status: "confirmed", purpose: "象棋比赛" });
    expect(row.phone).toBe(`erased:${row.id}`);
    expect(await purgeExpiredBookings(server.db, new Date(ended + 60 * DAY))).toBe(0);
  });
});

describe("purgeExpiredSignups", () => {
  it("erases who volunteered once a shift is more than the retention period over, and keeps the status and attendance", async () => {
    // The demo's own sign-ups, seeded in May, are long over: they go first.
    expect(await purgeExpiredSignups(server.db, testClock.now())).toBeGreaterThan(0);
    const shiftId = await addShift(server.db, { capacity: 3 });
    const response = await fetch(`${server.url}/v1/communities/taihe/shifts/${shiftId}/signups`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "purge-signup-1" },
      body: JSON.stringify({ name: "周桂芳", phone: "13800138002", skills: ["医护"], consent: true }),
    });
    expect(response.status).toBe(201);
    await server.db.updateTable("signups").set({ attended: 1 }).where("shift_id", "=", shiftId).execute();
    const shift = await server.db.selectFrom("shifts").select("end_at").where("id", "=", shiftId).executeTakeFirstOrThrow();
    const ended = Date.parse(shift.end_at);
    const DAY = 86400000;

    expect(await purgeExpiredSignups(server.db, new Date(ended + 29 * DAY))).toBe(0);
    expect(await purgeExpiredSignups(server.db, new Date(ended + 30 * DAY + 1000))).toBe(1);
    const row = await server.db.selectFrom("signups").selectAll().where("shift_id", "=", shiftId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: "", skills: "[]", cancel_token_hash: "", status: "confirmed", attended: 1 });
    expect(row.phone).toBe(`erased:${row.id}`);
    expect(await purgeExpiredSignups(server.db, new Date(ended + 60 * DAY))).toBe(0);
  });
});
