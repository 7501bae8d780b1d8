import { request } from "node:http";
import { Problem } from "@community-kit/schema";
import * as z from "zod/mini";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoServer, addUpcomingEvent, createApiKey, startDemoServer, weekdayAhead } from "../test-support/demo-server.js";

// Requests an outside tester sent by hand: each gets a clear 4xx naming what is wrong, never a
// 500, and nothing is stored that should not be. On SQLite and, in test:postgres, on PostgreSQL.

let server: DemoServer;
let key: string;
let eventId: string;
beforeAll(async () => {
  server = await startDemoServer();
  key = await createApiKey(server.db, "taihe", "hostile requests");
  eventId = await addUpcomingEvent(server.db, { title: "讲座", capacity: 5 });
});
afterAll(() => server.stop());

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/v1/communities/taihe${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      Authorization: `Bearer ${key}`,
      "Idempotency-Key": `hostile-${Math.random()}`,
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });

async function problem(response: Response, status: number) {
  expect(response.status, await response.clone().text()).toBe(status);
  return z.parse(Problem, await response.json());
}
const fields = async (response: Response, status = 400) => ((await problem(response, status)).errors ?? []).map((error) => `${error.field} ${error.code}`);

const registration = { name: "王阿姨", phone: "13800138000", partySize: 1, consent: true };
const event = { title: "书法课堂", start: "2027-03-02T09:00:00+08:00", end: "2027-03-02T10:30:00+08:00", location: { name: "书画活动室" }, category: "class" };

describe("a NUL character", () => {
  it("in a body is refused with the field named, and nothing stored", async () => {
    expect(await fields(await send("POST", `/events/${eventId}/registrations`, { ...registration, name: "王\u0000阿姨" }))).toEqual(["name invalid_character"]);
    expect(await fields(await send("POST", "/events", { ...event, location: { name: "活动室\u0000" } }))).toEqual(["location.name invalid_character"]);
    const stored = await server.db.selectFrom("registrations").select("name").where("event_id", "=", eventId).execute();
    expect(stored).toEqual([]);
  });

  it("in a query or a path is refused, on unauthenticated reads too", async () => {
    expect(await fields(await fetch(`${server.url}/v1/communities/taihe/events?q=%00`))).toEqual(["q invalid_character"]);
    expect(await fields(await fetch(`${server.url}/v1/communities/taihe%00/events`))).toEqual(["(path) invalid_character"]);
    expect(await fields(await fetch(`${server.url}/v1/communities/taihe/partners/x%00y`))).toEqual(["(path) invalid_character"]);
  });
});

describe("a query parameter given twice", () => {
  it("is refused with the parameter named, never one of the two taken", async () => {
    expect(await fields(await fetch(`${server.url}/v1/communities/taihe/events?q=太极&q=书法`))).toEqual(["q invalid_type"]);
    expect((await fetch(`${server.url}/v1/communities/taihe/events?q=太极`)).status).toBe(200);
  });
});

describe("days and instants", () => {
  it("outside 0001 to 9999 in UTC or the community's zone are refused", async () => {
    expect(await fields(await send("POST", "/events", { ...event, start: "9999-12-31T20:00:00Z", end: "9999-12-31T21:00:00Z" }))).toEqual([
      "start custom",
      "end custom",
    ]);
    expect(await fields(await fetch(`${server.url}/v1/communities/taihe/events?from=0000-12-31`))).toEqual(["from invalid_union"]);
  });

  it("at the last day of 9999 end a range with a 400, never a 500", async () => {
    expect(await fields(await fetch(`${server.url}/v1/communities/taihe/resources/calligraphy-room/availability?from=9999-12-31`))).toEqual(["from too_big"]);
    expect(await fields(await send("GET", "/volunteer-hours?from=2026-01-01&to=9999-12-31"))).toEqual(["to too_big"]);
  });

  it("all day means whole days in the event's zone", async () => {
    const day = weekdayAhead(2, 20);
    expect(await fields(await send("POST", "/events", { ...event, allDay: true, start: `${day}T15:30:00+08:00`, end: `${day}T17:00:00+08:00` }))).toEqual([
      "start not_whole_days",
    ]);
    const dayAfter = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const created = await send("POST", "/events", { ...event, allDay: true, start: `${day}T00:00:00+08:00`, end: `${dayAfter}T00:00:00+08:00` });
    expect(created.status).toBe(201);
  });
});

describe("objects and numbers", () => {
  it("an array is not an object: a partner's contact stays as it was", async () => {
    const before = await (await fetch(`${server.url}/v1/communities/taihe/partners/huaxin-group`)).json();
    expect(await fields(await send("PATCH", "/partners/huaxin-group", { contact: [] }))).toEqual(["contact invalid_type"]);
    expect((await (await fetch(`${server.url}/v1/communities/taihe/partners/huaxin-group`)).json()).contact).toEqual(before.contact);
    expect(await fields(await send("PATCH", `/events/${eventId}`, [null, null]))).toEqual(["(body) invalid_type"]);
    expect(await fields(await send("PATCH", "/resources/reading-room", [null, null]))).toEqual(["(body) invalid_type"]);
  });

  it("every integer has its range, the same on both engines", async () => {
    expect(await fields(await send("POST", "/events", { ...event, capacity: 1e20 }))).toEqual(["capacity too_big"]);
    expect(await fields(await send("POST", "/events", `${JSON.stringify({ ...event, capacity: 1 }).slice(0, -1)},"capacity":9007199254740993}`))).toEqual([
      "capacity too_big",
    ]);
  });
});

describe("the request itself", () => {
  it("is JSON only when it says application/json", async () => {
    const response = await send("POST", `/events/${eventId}/registrations`, JSON.stringify(registration), { "Content-Type": "application/jsonx" });
    expect((await problem(response, 415)).code).toBe("invalid_body");
  });

  it("gives numbers as decimal digits", async () => {
    for (const limit of ["0x10", "%205", "1e2"])
      expect(await fields(await fetch(`${server.url}/v1/communities/taihe/events?limit=${limit}`)), limit).toEqual(["limit invalid_format"]);
    expect(await fields(await send("GET", "/audit-log?limit=0x10"))).toEqual(["limit invalid_format"]);
  });

  it("names a person with something visible on one line", async () => {
    for (const name of ["\u200b\u200b\u200b", "王\u202e芳", "王芳\n李四"]) {
      expect(await fields(await send("POST", `/events/${eventId}/registrations`, { ...registration, name })), JSON.stringify(name)).toEqual(["name custom"]);
    }
  });

  it("with a URL too long gets 414, however long", async () => {
    for (const length of [50_000, 100_000]) {
      const response = await fetch(`${server.url}/v1/communities/taihe/events?q=${"x".repeat(length)}`);
      expect((await problem(response, 414)).code, String(length)).toBe("uri_too_long");
    }
  });

  it("with a method a known resource does not take gets 405 and what it takes", async () => {
    const put = await fetch(`${server.url}/v1/communities/taihe/resources`, { method: "PUT" });
    expect((await problem(put, 405)).code).toBe("method_not_allowed");
    expect(put.headers.get("Allow")).toBe("GET, HEAD, POST, OPTIONS");
    // fetch will not send TRACE; Node's own client will.
    const trace = await new Promise<{ status?: number; allow?: string }>((resolve, reject) =>
      request(`${server.url}/v1/communities/taihe/resources`, { method: "TRACE" }, (response) => {
        response.resume();
        resolve({ status: response.statusCode, allow: response.headers.allow });
      })
        .on("error", reject)
        .end(),
    );
    expect(trace).toEqual({ status: 405, allow: "GET, HEAD, POST, OPTIONS" });
    const calendarFile = await send("PATCH", `/events/${eventId}.ics`, { title: "x" });
    expect((await problem(calendarFile, 405)).code).toBe("method_not_allowed");
    expect(calendarFile.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });
});
