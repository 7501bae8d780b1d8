import {
  BookingResult,
  CancelByCodeResult,
  CodeStatus,
  Event,
  Problem,
  RegistrationResult,
  SHORT_CODE_ALPHABET,
  SignupResult,
  formatShortCode,
} from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, addShift, addUpcomingEvent, startDemoServer, testClock, weekdayAhead } from "../test-support/demo-server.js";
import { ERASED } from "../privacy/purge.js";
import { DEFAULT_SHORT_CODE_TRIES, cancelByCode } from "./cancel-by-code.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

const base = () => `${server.url}/v1/communities/taihe`;
let writes = 0;
const phone = () => `1350000${String(++writes).padStart(4, "0")}`;

async function write<T>(path: string, body: Record<string, unknown>, schema: z.ZodMiniType<T>): Promise<T> {
  const response = await fetch(`${base()}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": `short-code-${++writes}` },
    body: JSON.stringify({ name: "王秀兰", consent: true, ...body }),
  });
  expect(response.status).toBe(201);
  return z.parse(schema, await response.json());
}

const register = async (phoneNumber: string) =>
  write(`/events/${await addUpcomingEvent(server.db, { title: "重阳敬老茶话会" })}/registrations`, { phone: phoneNumber, partySize: 2 }, RegistrationResult);

const cancel = (code: string, phoneNumber: string) =>
  fetch(`${base()}/cancellations`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code, phone: phoneNumber }) });

/** A code of the alphabet that differs from `code` in its last character. */
const wrongCode = (code: string) => code.slice(0, -1) + (code.endsWith("Z") ? "Y" : "Z");

describe("short codes", () => {
  it("answers every write with eight characters of the alphabet without look-alikes, different each time", async () => {
    const codes = await Promise.all(Array.from({ length: 8 }, () => register(phone()).then((result) => result.shortCode)));
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${SHORT_CODE_ALPHABET}]{8}$`));
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[01IOL]/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(formatShortCode("K7QM3XPA")).toBe("K7QM-3XPA");
  });

  it("cancels a registration with its code as a resident reads it out (any case, dashes, spaces) and the phone as typed", async () => {
    const number = phone();
    const registration = await register(number);
    const spoken = `${formatShortCode(registration.shortCode).toLowerCase().replace("-", " - ")}`;
    const response = await cancel(spoken, `+86 ${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`);
    expect(response.status).toBe(200);
    const cancelled = z.parse(CancelByCodeResult, await response.json());
    expect(cancelled).toMatchObject({ kind: "registration", id: registration.registrationId, title: "重阳敬老茶话会" });
    const row = await server.db
      .selectFrom("registrations")
      .select(["status", "event_id"])
      .where("id", "=", registration.registrationId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("cancelled");
    const event = z.parse(Event, await (await fetch(`${base()}/events/${row.event_id}`)).json());
    expect(event.registeredCount).toBe(0);
    // Said again, it stays cancelled.
    expect((await cancel(registration.shortCode, number)).status).toBe(200);
    // Nobody's name or phone is in the answer.
    expect(JSON.stringify(cancelled)).not.toMatch(/王秀兰|1350000/);
  });

  it("finds nothing with the right code and another phone number, and cancels nothing", async () => {
    const registration = await register(phone());
    const response = await cancel(registration.shortCode, phone());
    expect(response.status).toBe(404);
    expect(z.parse(Problem, await response.json()).code).toBe("short_code_not_found");
    const row = await server.db.selectFrom("registrations").select("status").where("id", "=", registration.registrationId).executeTakeFirstOrThrow();
    expect(row.status).toBe("confirmed");
  });

  it("cancels a booking and a sign-up too, each saying what it was", async () => {
    const day = weekdayAhead(5);
    const bookingPhone = phone();
    const booking = await write(
      "/bookings",
      { resourceId: "calligraphy-room", start: `${day}T15:00:00+08:00`, end: `${day}T16:00:00+08:00`, purpose: "书法练习", phone: bookingPhone },
      BookingResult,
    );
    const signupPhone = phone();
    const signup = await write(`/shifts/${await addShift(server.db)}/signups`, { phone: signupPhone }, SignupResult);

    const bookingCancelled = z.parse(CancelByCodeResult, await (await cancel(booking.shortCode, bookingPhone)).json());
    expect(bookingCancelled).toMatchObject({ kind: "booking", id: booking.bookingId, title: "书画活动室" });
    expect(bookingCancelled.start).toBe(booking.start);
    const signupCancelled = z.parse(CancelByCodeResult, await (await cancel(signup.shortCode, signupPhone)).json());
    expect(signupCancelled).toMatchObject({ kind: "signup", id: signup.signupId });
    const statuses = await Promise.all([
      server.db.selectFrom("bookings").select("status").where("id", "=", booking.bookingId).executeTakeFirstOrThrow(),
      server.db.selectFrom("signups").select("status").where("id", "=", signup.signupId).executeTakeFirstOrThrow(),
    ]);
    expect(statuses.map((row) => row.status)).toEqual(["cancelled", "cancelled"]);
  });

  it("says where a registration, booking or sign-up stands with its code and phone, for another device or staff on the phone, and cancels nothing", async () => {
    const status = (code: string, phoneNumber: string) =>
      fetch(`${base()}/status-by-code`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code, phone: phoneNumber }),
      });
    const eventId = await addUpcomingEvent(server.db, { title: "剪纸课", capacity: 2 });
    const first = phone();
    const confirmed = await write(`/events/${eventId}/registrations`, { phone: first, partySize: 2 }, RegistrationResult);
    const second = phone();
    const waiting = await write(`/events/${eventId}/registrations`, { phone: second, partySize: 1 }, RegistrationResult);
    const day = weekdayAhead(2);
    const bookingPhone = phone();
    const booking = await write(
      "/bookings",
      { resourceId: "multi-purpose-room", start: `${day}T09:00:00+08:00`, end: `${day}T10:00:00+08:00`, purpose: "健康讲座", phone: bookingPhone },
      BookingResult,
    );

    const answer = await status(formatShortCode(waiting.shortCode), second);
    expect([answer.status, answer.headers.get("cache-control")]).toEqual([200, "no-store"]);
    expect(z.parse(CodeStatus, await answer.json())).toMatchObject({
      kind: "registration",
      id: waiting.registrationId,
      title: "剪纸课",
      status: "waitlisted",
      position: 1,
      eventCancelled: false,
    });
    expect(z.parse(CodeStatus, await (await status(booking.shortCode, bookingPhone)).json())).toMatchObject({
      kind: "booking",
      status: "pending",
      title: "多功能室",
    });

    // The first gives her places back by her code: the second moves up, and says so.
    await cancel(confirmed.shortCode, first);
    expect(z.parse(CodeStatus, await (await status(confirmed.shortCode, first)).json()).status).toBe("cancelled");
    expect(z.parse(CodeStatus, await (await status(waiting.shortCode, second)).json())).toMatchObject({ status: "confirmed" });
    const body = JSON.stringify(await (await status(waiting.shortCode, second)).json());
    expect(body).not.toContain(second);
    expect(body).not.toContain("王秀兰");
    expect((await status(wrongCode(waiting.shortCode), second)).status).toBe(404);
  });

  it("after five wrong codes for a phone refuses even the right one for the hour; other phones go on", async () => {
    const number = phone();
    const registration = await register(number);
    for (let attempt = 0; attempt < DEFAULT_SHORT_CODE_TRIES.perPhone; attempt++) {
      expect((await cancel(wrongCode(registration.shortCode), number)).status).toBe(404);
    }
    const refused = await cancel(registration.shortCode, number);
    expect(refused.status).toBe(429);
    expect(z.parse(Problem, await refused.json()).code).toBe("too_many_attempts");
    const row = await server.db.selectFrom("registrations").select("status").where("id", "=", registration.registrationId).executeTakeFirstOrThrow();
    expect(row.status).toBe("confirmed");

    const other = phone();
    expect((await cancel((await register(other)).shortCode, other)).status).toBe(200);

    // An hour on, the phone may try again.
    const later = new Date(testClock.now().getTime() + DEFAULT_SHORT_CODE_TRIES.windowMs + 1000);
    const command = {
      communityId: "taihe",
      code: registration.shortCode,
      phone: number,
      client: "an hour later",
      timeZone: "Asia/Shanghai",
      counted: true,
      tries: DEFAULT_SHORT_CODE_TRIES,
    };
    expect((await cancelByCode(server.db, { ...command, now: later })).done?.kind).toBe("registration");
  });

  it("counts wrong codes from one client across phones, and not those of staff with the community's key", async () => {
    const tries = { ...DEFAULT_SHORT_CODE_TRIES, perClient: 3 };
    const now = testClock.now();
    const registration = await register(phone());
    const guess = (phoneNumber: string, counted = true) =>
      cancelByCode(server.db, {
        communityId: "taihe",
        code: registration.shortCode,
        phone: phoneNumber,
        client: "198.51.100.7",
        timeZone: "Asia/Shanghai",
        counted,
        tries,
        now,
      });
    for (let attempt = 0; attempt < tries.perClient; attempt++) expect((await guess(phone())).refused?.code).toBe("short_code_not_found");
    expect((await guess(phone())).refused?.code).toBe("too_many_attempts");
    expect((await guess(phone(), false)).refused?.code).toBe("short_code_not_found");
  });

  it("refuses what is not a code or not a phone number, naming each, before counting a try", async () => {
    const response = await cancel("0O1I-LLLL", "12345");
    expect(response.status).toBe(400);
    const problem = z.parse(Problem, await response.json());
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(["code", "phone"]);
  });

  it("keeps no short code of an erased person", async () => {
    const registration = await register(phone());
    await server.db.updateTable("registrations").set(ERASED.registrations).where("id", "=", registration.registrationId).execute();
    const row = await server.db.selectFrom("registrations").select("short_code_hash").where("id", "=", registration.registrationId).executeTakeFirstOrThrow();
    expect(row.short_code_hash).toBeNull();
  });
});
