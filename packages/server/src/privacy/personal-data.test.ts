import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addShift, addUpcomingEvent, createApiKey, type DemoServer, startDemoServer, weekdayAhead } from "../test-support/demo-server.js";

let server: DemoServer;
let key: string;
beforeAll(async () => {
  server = await startDemoServer();
  key = await createApiKey(server.db, "taihe", "privacy officer");
});
afterAll(async () => {
  await server?.stop();
});

const PHONE = "139 1234 5678";
const OTHER = "13700001111";

async function post(path: string, body: unknown, idempotencyKey: string) {
  const response = await fetch(`${server.url}/v1/communities/taihe${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return response.json();
}

const manage = (method: string, phone: string) =>
  fetch(`${server.url}/v1/communities/taihe/personal-data?phone=${encodeURIComponent(phone)}`, { method, headers: { Authorization: `Bearer ${key}` } });

describe("one person's data, on their request", () => {
  it("is exported whole, and erased: what is to come cancelled (those waiting move up), names and phones gone, counts kept", async () => {
    const eventId = await addUpcomingEvent(server.db, { capacity: 1, maxPartySize: 2 });
    const day = weekdayAhead(3, 9);
    const shiftId = await addShift(server.db, { daysAhead: 11, hour: 9, capacity: 1 });
    await post(`/events/${eventId}/registrations`, { name: "刘阿姨", phone: PHONE, partySize: 1, consent: true }, "privacy-registration");
    const waiting = await post(`/events/${eventId}/registrations`, { name: "周叔叔", phone: OTHER, partySize: 1, consent: true }, "privacy-waiting");
    expect(waiting.status).toBe("waitlisted");
    await post(
      "/bookings",
      {
        resourceId: "reading-room",
        start: `${day}T14:00:00+08:00`,
        end: `${day}T15:00:00+08:00`,
        purpose: "读书会",
        name: "刘阿姨",
        phone: PHONE,
        consent: true,
      },
      "privacy-booking",
    );
    await post(`/shifts/${shiftId}/signups`, { name: "刘阿姨", phone: PHONE, skills: ["first-aid"], consent: true }, "privacy-signup");

    const exported = await (await manage("GET", PHONE)).json();
    expect(exported.phone).toBe("13912345678");
    expect([exported.registrations.length, exported.bookings.length, exported.signups.length]).toEqual([1, 1, 1]);
    expect(exported.registrations[0]).toMatchObject({ eventId, name: "刘阿姨", status: "confirmed" });
    expect(exported.signups[0]).toMatchObject({ shiftId, name: "刘阿姨", skills: ["first-aid"], status: "confirmed" });

    const erased = await manage("DELETE", PHONE);
    expect(erased.status).toBe(200);
    expect(await erased.json()).toEqual({ cancelled: 3, erased: 3 });
    const after = await (await manage("GET", PHONE)).json();
    expect([after.registrations.length, after.bookings.length, after.signups.length]).toEqual([0, 0, 0]);
    // The place passed to the one waiting; the event still counts one.
    const event = await (await fetch(`${server.url}/v1/communities/taihe/events/${eventId}`)).json();
    expect(event.registeredCount).toBe(1);
    const other = await (await manage("GET", OTHER)).json();
    expect(other.registrations[0]).toMatchObject({ name: "周叔叔", status: "confirmed" });
    // Nothing of her is left in any table.
    for (const table of ["registrations", "bookings", "signups"] as const) {
      const rows = await server.db.selectFrom(table).select(["name", "phone"]).execute();
      expect(
        rows.some((row) => row.name === "刘阿姨" || row.phone === "13912345678"),
        table,
      ).toBe(false);
    }
  });

  it("needs a phone number and the community's key, and the request is in the audit log", async () => {
    expect((await manage("GET", "not a phone")).status).toBe(400);
    expect((await fetch(`${server.url}/v1/communities/taihe/personal-data?phone=13912345678`)).status).toBe(401);
    const log = await (await fetch(`${server.url}/v1/communities/taihe/audit-log`, { headers: { Authorization: `Bearer ${key}` } })).json();
    expect(log.items.map((entry: { method: string; path: string }) => `${entry.method} ${entry.path}`)).toContain("DELETE /v1/communities/taihe/personal-data");
  });
});
