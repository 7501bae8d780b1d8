import { type DemoServer, createApiKey, startDemoServer, weekdayAhead } from "@community-kit/server/testing";
import { formatShortCode } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminClient } from "./admin.js";
import { createBookingClient } from "./bookings.js";
import { CommunityApiError } from "./index.js";
import { createStatusClient } from "./status.js";

let server: DemoServer;
let apiKey: string;
beforeAll(async () => {
  server = await startDemoServer();
  apiKey = await createApiKey(server.db, "taihe", "sdk status tests");
});
afterAll(async () => {
  await server?.stop();
});

describe("createStatusClient", () => {
  it("says where a booking stands by its short code and phone, as read out at the front desk: waiting, then turned down with the reason", async () => {
    const day = weekdayAhead(3);
    const booking = await createBookingClient({ baseUrl: server.url, community: "taihe", cache: false }).bookings.create({
      resourceId: "multi-purpose-room",
      start: `${day}T14:00:00+08:00`,
      end: `${day}T16:00:00+08:00`,
      purpose: "老年大学合唱排练",
      name: "孙阿姨",
      phone: "13900002468",
      consent: true,
    });
    const desk = createStatusClient({ baseUrl: server.url, community: "taihe", cache: false });
    const asked = { code: formatShortCode(booking.shortCode).toLowerCase(), phone: "139 0000 2468" };
    expect(await desk.statusByCode(asked)).toMatchObject({ kind: "booking", id: booking.bookingId, title: "多功能室", status: "pending" });

    await createAdminClient({ baseUrl: server.url, community: "taihe", apiKey, cache: false }).admin.bookings.reject(booking.bookingId, {
      reason: "当天下午礼堂有社区大会",
    });
    const status = await desk.statusByCode(asked);
    expect([status.status, status.reason]).toEqual(["rejected", "当天下午礼堂有社区大会"]);
    expect(JSON.stringify(status)).not.toContain("孙阿姨");

    const wrong = await desk.statusByCode({ ...asked, phone: "13900002469" }).catch((caught: unknown) => caught);
    expect(wrong).toBeInstanceOf(CommunityApiError);
    expect((wrong as CommunityApiError).code).toBe("short_code_not_found");
  });
});
