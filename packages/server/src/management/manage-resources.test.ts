import { Availability, ManagedBooking, Problem, Resource } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { createApiKey, type DemoServer, startDemoServer, weekdayAhead } from "../test-support/demo-server.js";

let server: DemoServer;
let key: string;
beforeAll(async () => {
  server = await startDemoServer();
  key = await createApiKey(server.db, "taihe", "front desk");
});
afterAll(async () => {
  await server?.stop();
});

const staff = (method: string, path: string, body?: unknown) =>
  fetch(`${server.url}/v1/communities/taihe${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const scienceRoom = {
  id: "science-room",
  kind: "room",
  name: "科技体验室",
  description: "VR 设备与科普展板，适合亲子活动。",
  photos: [],
  capacity: 12,
  amenities: ["VR 眼镜 4 副", "科普展板"],
  location: { name: "党群服务中心三楼" },
  hours: [6, 7].map((weekday) => ({ weekday, open: "09:00", close: "17:00" })),
  closures: [],
  limits: { slotMinutes: 60, minMinutes: 60, maxMinutes: 120, leadMinutes: 60, horizonDays: 30, bufferMinutes: 0 },
  approval: false,
  maxActivePerPhone: 1,
};

const slotStates = async (day: string) =>
  Object.fromEntries(
    z
      .parse(Availability, await (await fetch(`${server.url}/v1/communities/taihe/resources/science-room/availability?from=${day}`)).json())
      .slots.map((slot) => [slot.start.slice(11, 16), slot.state]),
  );

describe("managing rooms and equipment", () => {
  it("creates a room with its hours and rules, changes them, blocks time for maintenance and lifts it", async () => {
    const created = await staff("POST", "/resources", scienceRoom);
    expect(created.status).toBe(201);
    expect(z.parse(Resource, await created.json())).toMatchObject({ id: "science-room", timezone: "Asia/Shanghai", capacity: 12 });
    expect((await staff("POST", "/resources", scienceRoom)).status).toBe(409);

    const day = weekdayAhead(6);
    expect(Object.keys(await slotStates(day))).toEqual(["09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"]);
    const changed = z.parse(
      Resource,
      await (await staff("PATCH", "/resources/science-room", { hours: [6, 7].map((weekday) => ({ weekday, open: "13:00", close: "17:00" })) })).json(),
    );
    expect(changed.hours[0]).toEqual({ weekday: 6, open: "13:00", close: "17:00" });
    expect(Object.keys(await slotStates(day))).toEqual(["13:00", "14:00", "15:00", "16:00"]);

    const block = z.parse(
      ManagedBooking,
      await (
        await staff("POST", "/resources/science-room/blocks", { start: `${day}T14:00:00+08:00`, end: `${day}T16:00:00+08:00`, reason: "设备检修" })
      ).json(),
    );
    expect(block).toMatchObject({ kind: "block", purpose: "设备检修" });
    // Residents see staff's time as maintenance, not as booked; the buffer beside it (none here) would be kept clear.
    expect(await slotStates(day)).toMatchObject({ "13:00": "free", "14:00": "maintenance", "15:00": "maintenance", "16:00": "free" });
    expect((await staff("DELETE", `/resources/science-room/blocks/${block.id}`)).status).toBe(204);
    expect((await slotStates(day))["14:00"]).toBe("free");
  });

  it("names what is wrong in a resource, and keeps one with bookings to come", async () => {
    const bad = z.parse(
      Problem,
      await (await staff("POST", "/resources", { ...scienceRoom, id: "x-room", kind: "garden", hours: [{ weekday: 8, open: "9", close: "17:00" }] })).json(),
    );
    expect(bad.errors!.map((error) => error.field).sort()).toEqual(["hours.0.open", "hours.0.weekday", "kind"]);

    const day = weekdayAhead(6);
    const booked = await fetch(`${server.url}/v1/communities/taihe/bookings`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "science-kids" },
      body: JSON.stringify({
        resourceId: "science-room",
        start: `${day}T13:00:00+08:00`,
        end: `${day}T14:00:00+08:00`,
        purpose: "亲子科普",
        name: "孙女士",
        phone: "13600002222",
        consent: true,
      }),
    });
    expect(booked.status).toBe(201);
    const refused = await staff("DELETE", "/resources/science-room");
    expect(refused.status).toBe(409);
    expect(z.parse(Problem, await refused.json()).code).toBe("resource_has_bookings");
  });
});
