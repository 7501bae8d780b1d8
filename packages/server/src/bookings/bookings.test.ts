import { Availability, BookingResult, Problem } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, startDemoServer, weekdayAhead } from "../test-support/demo-server.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

let keys = 0;
function post(body: Record<string, unknown>, key = `booking-${++keys}`) {
  return fetch(`${server.url}/v1/communities/taihe/bookings`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": key },
    body: JSON.stringify(body),
  });
}

const resident = (phone: string) => ({ purpose: "书法协会练习", name: "王大爷", phone, consent: true });
const room = (day: string, from: string, to: string) => ({ resourceId: "calligraphy-room", start: `${day}T${from}:00+08:00`, end: `${day}T${to}:00+08:00` });

async function states(resource: string, day: string) {
  const availability = z.parse(Availability, await (await fetch(`${server.url}/v1/communities/taihe/resources/${resource}/availability?from=${day}`)).json());
  return Object.fromEntries(availability.slots.map((slot) => [slot.start.slice(11, 16), slot.state]));
}

describe("POST …/bookings", () => {
  it("confirms a booking, shows it busy, and frees it when cancelled with the token", async () => {
    const day = weekdayAhead(3);
    const response = await post({ ...room(day, "09:00", "10:00"), ...resident("13900000001") });
    expect(response.status).toBe(201);
    const booking = z.parse(BookingResult, await response.json());
    expect(booking).toMatchObject({ status: "confirmed", start: `${day}T09:00:00+08:00`, end: `${day}T10:00:00+08:00` });
    expect((await states("calligraphy-room", day))["09:30"]).toBe("busy");

    const cancel = (token: string) =>
      fetch(`${server.url}/v1/communities/taihe/bookings/${booking.bookingId}`, { method: "DELETE", headers: { "Cancel-Token": token } });
    expect((await cancel("wrong")).status).toBe(403);
    expect((await cancel(booking.cancelToken)).status).toBe(204);
    expect((await states("calligraphy-room", day))["09:30"]).toBe("free");
  });

  it("awaits approval where staff must approve", async () => {
    const day = weekdayAhead(4);
    const response = await post({
      resourceId: "multi-purpose-room",
      start: `${day}T14:00:00+08:00`,
      end: `${day}T16:00:00+08:00`,
      attendees: 40,
      ...resident("13900000002"),
    });
    expect(z.parse(BookingResult, await response.json()).status).toBe("pending");
    // Pending bookings hold the room too.
    expect((await states("multi-purpose-room", day))["14:30"]).toBe("busy");
  });

  it("answers a taken time with 409 and the next free times", async () => {
    const day = weekdayAhead(5);
    expect((await post({ ...room(day, "09:00", "10:00"), ...resident("13900000003") })).status).toBe(201);
    const taken = await post({ ...room(day, "09:30", "10:30"), ...resident("13900000004") });
    expect(taken.status).toBe(409);
    const problem = z.parse(Problem, await taken.json());
    expect(problem.code).toBe("slot_unavailable");
    // After 10:00 and the 15-minute buffer, the grid's next start is 10:30.
    expect(problem.alternatives).toEqual([
      { start: `${day}T10:30:00+08:00`, end: `${day}T11:30:00+08:00` },
      { start: `${day}T14:00:00+08:00`, end: `${day}T15:00:00+08:00` },
      { start: `${day}T14:30:00+08:00`, end: `${day}T15:30:00+08:00` },
    ]);
  });

  it("names each field at fault and writes nothing", async () => {
    const day = weekdayAhead(6);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...room(day, "10:00", "09:00") }, "end", "end_before_start"],
      [{ ...room(day, "07:00", "08:00") }, "start", "outside_hours"],
      [{ ...room(day, "14:00", "17:30") }, "end", "too_long"],
      [{ ...room(weekdayAhead(6, 56), "09:00", "10:00") }, "start", "too_far_ahead"],
      [{ ...room("2020-01-07", "09:00", "10:00") }, "start", "in_past"],
      [{ ...room(day, "09:00", "10:00"), resourceId: "swimming-pool" }, "resourceId", "unknown_resource"],
      [{ ...room(day, "09:00", "10:00"), attendees: 50 }, "attendees", "too_big"],
    ];
    for (const [body, field, code] of cases) {
      const response = await post({ ...resident("13900000005"), ...body });
      expect(response.status, code).toBe(400);
      expect(z.parse(Problem, await response.json()).errors).toContainEqual(expect.objectContaining({ field, code }));
    }
    const missing = z.parse(Problem, await (await post({ ...room(day, "09:00", "10:00") })).json());
    expect(missing.errors!.map((error) => error.field).sort()).toEqual(["consent", "name", "phone", "purpose"]);
    expect(await server.db.selectFrom("bookings").select("id").where("phone", "=", "13900000005").execute()).toEqual([]);
  });

  it("limits active bookings per phone number", async () => {
    const day = weekdayAhead(0, 14);
    expect((await post({ ...room(day, "09:00", "10:00"), ...resident("13900000006") })).status).toBe(201);
    expect((await post({ ...room(day, "14:00", "15:00"), ...resident("13900000006") })).status).toBe(201);
    const third = await post({ ...room(day, "16:00", "17:00"), ...resident("13900000006") });
    expect(third.status).toBe(409);
    expect(z.parse(Problem, await third.json()).code).toBe("booking_limit_reached");
  });
});

describe("races against the real server and database", () => {
  it("confirms exactly one of 50 simultaneous requests for overlapping times of one room, retries included", async () => {
    const day = weekdayAhead(2, 21);
    const requests = Array.from({ length: 50 }, (_, index) => {
      const from = index % 2 ? "09:00" : "09:30";
      return {
        body: { ...room(day, from, index % 3 ? "10:30" : "11:00"), ...resident(`1370000${String(index).padStart(4, "0")}`) },
        key: `race-room-${index}`,
      };
    });
    // Every tenth request is also sent again with the same key, as a client retrying a lost answer.
    const sent = [...requests, ...requests.filter((_, index) => index % 10 === 0)];
    const answers = await Promise.all(
      sent.map(({ body, key }) => post(body, key).then(async (response) => ({ status: response.status, body: await response.json() }))),
    );
    const confirmed = new Set(answers.filter((answer) => answer.status === 201).map((answer) => answer.body.bookingId));
    expect(confirmed.size).toBe(1);
    expect(answers.filter((answer) => answer.status === 409).every((answer) => answer.body.code === "slot_unavailable")).toBe(true);
    const stored = await server.db
      .selectFrom("bookings")
      .select("id")
      .where("resource_id", "=", "calligraphy-room")
      .where("start_at", ">=", new Date(`${day}T00:00:00+08:00`).toISOString())
      .where("start_at", "<", new Date(`${day}T23:59:00+08:00`).toISOString())
      .execute();
    expect(stored).toHaveLength(1);
  });

  it("lends exactly 4 of the 4 loudspeakers to 50 simultaneous requests", async () => {
    const day = weekdayAhead(3, 7);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        post(
          {
            resourceId: "dance-speaker",
            start: `${day}T18:30:00+08:00`,
            end: `${day}T20:00:00+08:00`,
            units: 1,
            ...resident(`1360000${String(index).padStart(4, "0")}`),
            purpose: "广场舞",
          },
          `race-speaker-${index}`,
        ).then((response) => response.status),
      ),
    );
    expect(answers.filter((status) => status === 201)).toHaveLength(4);
    expect(answers.filter((status) => status === 409)).toHaveLength(46);
  });
});
