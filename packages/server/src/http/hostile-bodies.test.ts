import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addShift, addUpcomingEvent, createApiKey, type DemoServer, startDemoServer, weekdayAhead } from "../test-support/demo-server.js";

// Whatever a client sends as a body (random JSON, the right fields with the wrong kinds of
// value, strings built to break parsers and databases), the API answers with a problem and
// writes nothing, or takes it as one valid write: never a 500. Property-based (fast-check),
// with a fixed seed so that a failure can be replayed.

let server: DemoServer;
let key: string;
let eventId: string;
let shiftId: string;

beforeAll(async () => {
  server = await startDemoServer();
  key = await createApiKey(server.db, "taihe", "fuzzing");
  eventId = await addUpcomingEvent(server.db, { title: "模糊测试讲座", capacity: 5, maxPartySize: 2 });
  shiftId = await addShift(server.db, { daysAhead: 12, hour: 9, capacity: 3 });
});
afterAll(() => server.stop());

/** Strings that break naive code: markup, SQL, control and surrogate characters, huge numbers as text, prototype keys. */
const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE events; --',
    "<script>alert(1)</script>",
    "\u0000",
    "\ud800",
    "💥".repeat(300),
    "__proto__",
    "constructor",
    "1e309",
    "-0",
    "NaN",
    "2026-02-30T25:61:00+08:00",
    " ".repeat(5000),
  ),
);
const value = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 3 }),
  fc.dictionary(nasty, nasty, { maxKeys: 3 }),
);

/**
 * A body: any JSON at all, the endpoint's fields with random values, or a valid body with one
 * field replaced by a hostile value or left out (which reaches past the first checks).
 */
const body = (valid: Record<string, unknown>) => {
  const fields = Object.keys(valid);
  return fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.constantFrom(...fields, "__proto__", "extra"), value, { maxKeys: fields.length + 2 }),
    fc.record({ field: fc.constantFrom(...fields), replacement: fc.option(value) }).map(({ field, replacement }) => {
      const changed: Record<string, unknown> = { ...valid };
      if (replacement === null) delete changed[field];
      else changed[field] = replacement;
      return changed;
    }),
  );
};

/** A Wednesday ahead, when the reading room is open. */
const day = weekdayAhead(3, 9);

/** How many rows a table holds: what a refused request must leave as it was. */
const rowsIn = async (table: "registrations" | "bookings" | "signups" | "events") =>
  Number(
    (
      await server.db
        .selectFrom(table)
        .select(({ fn }) => fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

const ENDPOINTS = [
  {
    name: "a registration",
    path: () => `/v1/communities/taihe/events/${eventId}/registrations`,
    valid: { name: "王阿姨", phone: "13800138000", partySize: 1, consent: true },
    table: "registrations" as const,
  },
  {
    name: "a booking",
    path: () => "/v1/communities/taihe/bookings",
    valid: {
      resourceId: "reading-room",
      start: `${day}T10:00:00+08:00`,
      end: `${day}T11:00:00+08:00`,
      purpose: "读书会",
      name: "赵阿姨",
      phone: "13911112222",
      consent: true,
    },
    table: "bookings" as const,
  },
  {
    name: "a sign-up",
    path: () => `/v1/communities/taihe/shifts/${shiftId}/signups`,
    valid: { name: "陈秀英", phone: "13800138001", showName: true, consent: true },
    table: "signups" as const,
  },
  {
    name: "a managed event",
    path: () => "/v1/communities/taihe/events",
    valid: {
      id: "fuzz-talk",
      title: "讲座",
      start: `${day}T14:00:00+08:00`,
      end: `${day}T15:00:00+08:00`,
      timezone: "Asia/Shanghai",
      location: { name: "多功能室" },
      category: "talk",
    },
    management: true,
    table: "events" as const,
  },
];

describe("hostile request bodies", () => {
  for (const endpoint of ENDPOINTS) {
    it(`to ${endpoint.name}: a problem and no write, never a 500`, async () => {
      let sent = 0;
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(body(endpoint.valid), async (payload) => {
          const before = await rowsIn(endpoint.table);
          const response = await fetch(`${server.url}${endpoint.path()}`, {
            method: "POST",
            headers: {
              "Content-Type": "application/json",
              "Idempotency-Key": `fuzz-${endpoint.name}-${sent++}-${Date.now()}`,
              ...(endpoint.management ? { Authorization: `Bearer ${key}` } : {}),
            },
            body: JSON.stringify(payload),
          });
          const after = await rowsIn(endpoint.table);
          expect(response.status, JSON.stringify(payload)).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get("Content-Type")).toContain("application/problem+json");
            expect(after, "nothing written").toBe(before);
          } else {
            accepted++;
            expect(after - before, "one write at most").toBeLessThanOrEqual(1);
          }
        }),
        { numRuns: 150, seed: 20261123 },
      );
      // Some bodies were valid: the generator reaches the write itself, not only the first checks.
      expect(accepted).toBeGreaterThan(0);
    });
  }

  it("that are not JSON at all: 400, not 500", async () => {
    for (const raw of ["{", "null", "[]", '"text"', '{"name": "\\ud800"}', "\u0000"]) {
      const response = await fetch(`${server.url}/v1/communities/taihe/events/${eventId}/registrations`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": `raw-${raw.length}-${Math.random()}` },
        body: raw,
      });
      expect(response.status, raw).toBe(400);
    }
  });
});
