import { Availability, BookingCheck, BookingResult, ManagedBookingList, ManagedBooking, Problem } from "@community-kit/schema";
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

const staff = (method: string, path: string, withKey = true, body?: unknown) =>
  fetch(`${server.url}/v1/communities/taihe${path}`, {
    method,
    headers: { ...(withKey ? { Authorization: `Bearer ${key}` } : {}), ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });

/** Where a booking stands, as the resident's device asks with its token. */
const check = async (booking: BookingResult, token = booking.cancelToken) =>
  fetch(`${server.url}/v1/communities/taihe/bookings/${booking.bookingId}`, { headers: { "Cancel-Token": token } });

async function requestHall(day: string, from: string, phone: string) {
  const response = await fetch(`${server.url}/v1/communities/taihe/bookings`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": `${day}-${from}-${phone}` },
    body: JSON.stringify({
      resourceId: "multi-purpose-room",
      start: `${day}T${from}:00+08:00`,
      end: `${day}T${String(Number(from.slice(0, 2)) + 2).padStart(2, "0")}:00:00+08:00`,
      purpose: "合唱团排练",
      organisation: "太和社区合唱团",
      attendees: 30,
      name: "赵老师",
      phone,
      consent: true,
    }),
  });
  return z.parse(BookingResult, await response.json());
}

describe("managing bookings", () => {
  it("lists bookings with contact data for staff only, and approves or rejects those awaiting approval", async () => {
    const day = weekdayAhead(5);
    const first = await requestHall(day, "09:00", "13700000001");
    const second = await requestHall(day, "14:00", "13700000002");
    expect([first.status, second.status]).toEqual(["pending", "pending"]);

    expect((await staff("GET", "/bookings?status=pending", false)).status).toBe(401);
    const response = await staff("GET", `/bookings?status=pending&resource=multi-purpose-room&from=${day}`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const pending = z.parse(ManagedBookingList, await response.json());
    expect(pending.map((booking) => [booking.name, booking.phone, booking.organisation, booking.start])).toEqual([
      ["赵老师", "13700000001", "太和社区合唱团", `${day}T09:00:00+08:00`],
      ["赵老师", "13700000002", "太和社区合唱团", `${day}T14:00:00+08:00`],
    ]);

    expect(z.parse(BookingCheck, await (await check(first)).json())).toEqual({
      bookingId: first.bookingId,
      resourceId: "multi-purpose-room",
      status: "pending",
    });
    expect(z.parse(ManagedBooking, await (await staff("POST", `/bookings/${first.bookingId}/approve`)).json()).status).toBe("confirmed");
    const noReason = await staff("POST", `/bookings/${second.bookingId}/reject`, true, { reason: "  " });
    expect([noReason.status, z.parse(Problem, await noReason.json()).errors?.[0]?.field]).toEqual([400, "reason"]);
    const rejected = z.parse(
      ManagedBooking,
      await (await staff("POST", `/bookings/${second.bookingId}/reject`, true, { reason: "当天下午礼堂有社区大会" })).json(),
    );
    expect([rejected.status, rejected.reason]).toEqual(["rejected", "当天下午礼堂有社区大会"]);

    // Each resident's device reads where its booking stands, with the reason; another's token reads nothing.
    expect(z.parse(BookingCheck, await (await check(first)).json()).status).toBe("confirmed");
    expect(z.parse(BookingCheck, await (await check(second)).json())).toEqual({
      bookingId: second.bookingId,
      resourceId: "multi-purpose-room",
      status: "rejected",
      reason: "当天下午礼堂有社区大会",
    });
    expect((await check(second, first.cancelToken)).status).toBe(403);
    const again = await staff("POST", `/bookings/${second.bookingId}/approve`);
    expect(again.status).toBe(409);
    expect(z.parse(Problem, await again.json()).code).toBe("booking_not_pending");

    // The rejected afternoon is free again; the approved morning stays busy.
    const slots = z.parse(
      Availability,
      await (await fetch(`${server.url}/v1/communities/taihe/resources/multi-purpose-room/availability?from=${day}`)).json(),
    ).slots;
    const state = (time: string) => slots.find((slot) => slot.start === `${day}T${time}:00+08:00`)!.state;
    expect([state("09:30"), state("14:30")]).toEqual(["busy", "free"]);
  });
});
