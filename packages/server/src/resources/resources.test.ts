import { Availability, Problem, Resource, addPlainDays, dayOf } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, startDemoServer, testClock, weekdayAhead } from "../test-support/demo-server.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

const get = (path: string) => fetch(`${server.url}/v1/communities/taihe${path}`);

describe("GET …/resources", () => {
  it("lists the centre's rooms and equipment, and each kind alone", async () => {
    const all = (await (await get("/resources")).json()).items.map((item: unknown) => z.parse(Resource, item));
    expect(all.map((resource: Resource) => resource.name)).toEqual(["书画活动室", "图书阅览室", "棋牌室", "多功能室", "广场舞智能音箱"]);
    const equipment = (await (await get("/resources?kind=equipment")).json()).items;
    expect(equipment.map((resource: Resource) => [resource.id, resource.quantity])).toEqual([["dance-speaker", 4]]);
    expect((await get("/resources?kind=car")).status).toBe(400);
  });

  it("gives one resource with its hours and rules, and 404 for one that does not exist", async () => {
    const room = z.parse(Resource, await (await get("/resources/calligraphy-room")).json());
    expect(room).toMatchObject({ kind: "room", capacity: 20, approval: false, limits: { slotMinutes: 30, bufferMinutes: 15 } });
    const missing = await get("/resources/swimming-pool");
    expect(missing.status).toBe(404);
    expect(z.parse(Problem, await missing.json()).code).toBe("resource_not_found");
  });
});

describe("GET …/resources/{id}/availability", () => {
  it("gives a day's slots on the room's grid in the community's zone, revalidated every time", async () => {
    const tuesday = weekdayAhead(2);
    const response = await get(`/resources/calligraphy-room/availability?from=${tuesday}`);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const availability = z.parse(Availability, await response.json());
    expect(availability.slots).toHaveLength(6 + 7);
    expect(availability.slots[0]).toEqual({ start: `${tuesday}T08:30:00+08:00`, end: `${tuesday}T09:00:00+08:00`, state: "free" });
    expect(availability.slots.every((slot) => slot.state === "free")).toBe(true);
  });

  it("shows a booking as busy, its buffer as kept clear, staff's block as maintenance, and says nothing of who booked", async () => {
    const tuesday = weekdayAhead(2);
    await server.db
      .insertInto("bookings")
      .values({
        id: "b1",
        community_id: "taihe",
        resource_id: "calligraphy-room",
        start_at: new Date(`${tuesday}T09:00:00+08:00`).toISOString(),
        end_at: new Date(`${tuesday}T10:00:00+08:00`).toISOString(),
        units: 1,
        status: "confirmed",
        purpose: "书法协会练习",
        name: "王大爷",
        phone: "13800001111",
        cancel_token_hash: "x",
        created_at: testClock.now().toISOString(),
      })
      .execute();
    await server.db
      .insertInto("bookings")
      .values({
        id: "block1",
        kind: "block",
        community_id: "taihe",
        resource_id: "calligraphy-room",
        start_at: new Date(`${tuesday}T14:00:00+08:00`).toISOString(),
        end_at: new Date(`${tuesday}T15:00:00+08:00`).toISOString(),
        units: 1,
        status: "confirmed",
        purpose: "更换灯具",
        name: "",
        phone: "",
        cancel_token_hash: "",
        created_at: testClock.now().toISOString(),
      })
      .execute();
    const text = await (await get(`/resources/calligraphy-room/availability?from=${tuesday}`)).text();
    expect(text).not.toContain("王大爷");
    expect(text).not.toContain("13800001111");
    expect(text).not.toContain("更换灯具");
    const states = Object.fromEntries(z.parse(Availability, JSON.parse(text)).slots.map((slot) => [slot.start.slice(11, 16), slot.state]));
    // The room keeps 15 minutes clear on either side of a booking: the half-hours beside it are not booked, only kept clear.
    expect(["08:30", "09:00", "09:30", "10:00", "10:30"].map((time) => states[time])).toEqual(["buffer", "busy", "busy", "buffer", "free"]);
    expect(["14:00", "14:30", "15:00", "15:30"].map((time) => states[time])).toEqual(["maintenance", "maintenance", "buffer", "free"]);
  });

  it("says why a slot cannot be booked by the time: beyond the horizon, whatever the hour", async () => {
    // Two weeks from a month ahead: past the room's 30 days, with open days whatever closure falls in them.
    const from = addPlainDays(dayOf(testClock.now(), "Asia/Shanghai"), 32);
    const { slots } = z.parse(Availability, await (await get(`/resources/calligraphy-room/availability?from=${from}&to=${addPlainDays(from, 14)}`)).json());
    expect(slots.length).toBeGreaterThan(0);
    expect(new Set(slots.map((slot) => `${slot.state} ${slot.reason}`))).toEqual(new Set(["unavailable too_far_ahead"]));
  });

  it("refuses a range it will not compute", async () => {
    const problem = z.parse(Problem, await (await get("/resources/calligraphy-room/availability?from=2027-01-01&to=2027-03-01")).json());
    expect(problem.errors![0]).toMatchObject({ field: "to", code: "invalid_range" });
    expect((await get("/resources/calligraphy-room/availability?from=tomorrow")).status).toBe(400);
  });
});
