import { type DemoServer, startDemoServer, weekdayAhead } from "@community-kit/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBookingClient } from "./bookings.js";
import { CommunityApiError } from "./index.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("createBookingClient", () => {
  it("lists rooms, books one, sees it busy, gets the alternatives when it is taken, and cancels", async () => {
    const client = createBookingClient({ baseUrl: server.url, community: "taihe", cache: false });
    expect((await client.resources.list({ kind: "room" })).items.map((resource) => resource.id)).toContain("chess-room");
    const day = weekdayAhead(4);
    const request = {
      resourceId: "chess-room",
      start: `${day}T19:00:00+08:00`,
      end: `${day}T20:00:00+08:00`,
      purpose: "象棋友谊赛",
      name: "李大爷",
      phone: "13900001234",
      consent: true as const,
    };
    const booking = await client.bookings.create(request);
    expect(booking.status).toBe("confirmed");
    const slots = (await client.resources.availability("chess-room", { from: day })).slots;
    expect(slots.find((slot) => slot.start === `${day}T19:30:00+08:00`)!.state).toBe("busy");

    const error = await client.bookings.create({ ...request, phone: "13900005678" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommunityApiError);
    expect((error as CommunityApiError).code).toBe("slot_unavailable");
    // 20:30 would end after closing at 21:00: the next hour free is the next morning's first.
    const friday = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((error as CommunityApiError).problem!.alternatives![0]).toEqual({ start: `${friday}T08:30:00+08:00`, end: `${friday}T09:30:00+08:00` });

    await client.bookings.cancel(booking.bookingId, booking.cancelToken);
    expect((await client.resources.availability("chess-room", { from: day })).slots.find((slot) => slot.start === `${day}T19:30:00+08:00`)!.state).toBe("free");
  });
});
