import { BookingResult, Event, Opportunity, RegistrationResult, SignupResult } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, addShift, addUpcomingEvent, startDemoServer, startSecondServer, weekdayAhead } from "./test-support/demo-server.js";

// Two server instances on one database, each with its own connections, as
// behind a load balancer: one SQLite file, or one PostgreSQL database when the
// suite runs on PostgreSQL. The places are held by the database, not by either.
let first: DemoServer;
let second: DemoServer;
beforeAll(async () => {
  first = await startDemoServer();
  second = await startSecondServer(first);
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

/** Sends the `index`th of simultaneous requests to one instance or the other, by turns. */
const instance = (index: number) => (index % 2 ? second : first).url;

function post(index: number, path: string, body: unknown, key: string) {
  return fetch(`${instance(index)}/v1/communities/taihe${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": key },
    body: JSON.stringify(body),
  });
}

const phone = (prefix: string, index: number) => `${prefix}${String(index).padStart(4, "0")}`;

describe("simultaneous writes to two server instances on one database", () => {
  it("registrations take exactly the 10 places and waitlist the rest, each retry answered as its first", async () => {
    const eventId = await addUpcomingEvent(first.db, { capacity: 10 });
    const requests = Array.from({ length: 60 }, (_, index) => ({
      body: { name: "张三", phone: phone("1380014", index), partySize: 1, consent: true },
      key: `across-registration-${index}`,
    }));
    // Every fifth request is sent again with its key, to the other instance, as a client retrying a lost answer.
    const sent = [
      ...requests.map((request, index) => ({ ...request, index })),
      ...requests.filter((_, index) => index % 5 === 0).map((request, index) => ({ ...request, index: index + 1 })),
    ];
    const answers = await Promise.all(
      sent.map(async ({ body, key, index }) => {
        const response = await post(index, `/events/${eventId}/registrations`, body, key);
        expect(response.status).toBe(201);
        return z.parse(RegistrationResult, await response.json());
      }),
    );
    const distinct = new Map(answers.map((answer) => [answer.registrationId, answer]));
    expect(distinct.size).toBe(60);
    expect([...distinct.values()].filter((answer) => answer.status === "confirmed")).toHaveLength(10);
    expect(
      [...distinct.values()]
        .map((answer) => ("position" in answer ? answer.position : undefined))
        .filter(Boolean)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    const event = z.parse(Event, await (await fetch(`${second.url}/v1/communities/taihe/events/${eventId}`)).json());
    expect([event.registeredCount, event.registration?.waitlisted]).toEqual([10, 50]);
  });

  it("bookings of overlapping times of one room confirm exactly one, buffers included", async () => {
    const day = weekdayAhead(2, 14);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) => {
        // 08:30–09:30 and 09:30–11:00 only touch, but the room's 15-minute buffer keeps them apart like the rest.
        const [from, to] = [
          ["08:30", "09:30"],
          ["09:00", "10:30"],
          ["09:30", "11:00"],
        ][index % 3]!;
        const body = {
          resourceId: "calligraphy-room",
          start: `${day}T${from}:00+08:00`,
          end: `${day}T${to}:00+08:00`,
          purpose: "书法协会练习",
          name: "王大爷",
          phone: phone("1370014", index),
          consent: true,
        };
        return post(index, "/bookings", body, `across-booking-${index}`).then(async (response) => ({ status: response.status, body: await response.json() }));
      }),
    );
    expect(answers.filter((answer) => answer.status === 201).map((answer) => z.parse(BookingResult, answer.body).status)).toEqual(["confirmed"]);
    expect(answers.filter((answer) => answer.status === 409).map((answer) => answer.body.code)).toEqual(Array(49).fill("slot_unavailable"));
  });

  it("equipment lends exactly its 4 units", async () => {
    const day = weekdayAhead(3, 7);
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, index) => {
        const body = {
          resourceId: "dance-speaker",
          start: `${day}T18:30:00+08:00`,
          end: `${day}T20:00:00+08:00`,
          units: 1,
          purpose: "广场舞",
          name: "李阿姨",
          phone: phone("1360014", index),
          consent: true,
        };
        return post(index, "/bookings", body, `across-speaker-${index}`).then((response) => response.status);
      }),
    );
    expect([statuses.filter((status) => status === 201).length, statuses.filter((status) => status === 409).length]).toEqual([4, 36]);
  });

  it("volunteer sign-ups fill exactly the 5 places of a shift and waitlist the rest in order", async () => {
    const shiftId = await addShift(first.db, { capacity: 5, daysAhead: 12 });
    const answers = await Promise.all(
      Array.from({ length: 30 }, async (_, index) => {
        const response = await post(
          index,
          `/shifts/${shiftId}/signups`,
          { name: "张秀英", phone: phone("1390014", index), consent: true },
          `across-signup-${index}`,
        );
        expect(response.status).toBe(201);
        return z.parse(SignupResult, await response.json());
      }),
    );
    expect(answers.filter((answer) => answer.status === "confirmed")).toHaveLength(5);
    expect(
      answers
        .map((answer) => ("position" in answer ? answer.position : undefined))
        .filter(Boolean)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    const opportunity = z.parse(Opportunity, await (await fetch(`${second.url}/v1/communities/taihe/opportunities/clean-up-day`)).json());
    expect(opportunity.shifts.find((shift) => shift.id === shiftId)).toMatchObject({ filled: 5, waitlisted: 25 });
  });
});
