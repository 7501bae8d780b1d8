import { ApiKeyCreated, AuditLog, Event, ManagedEvent, ManagedRegistration, Page, Problem, formatInstantIn } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, createApiKey, startDemoServer, testClock } from "../test-support/demo-server.js";

let server: DemoServer;
let taiheKey: string;
let hepingKey: string;
beforeAll(async () => {
  server = await startDemoServer();
  taiheKey = await createApiKey(server.db, "taihe", "tests");
  hepingKey = await createApiKey(server.db, "heping", "tests");
});
afterAll(async () => {
  await server?.stop();
});

function call(method: string, path: string, body?: unknown, key: string | null = taiheKey) {
  return fetch(`${server.url}/v1/communities/taihe${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...(key ? { Authorization: `Bearer ${key}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const inAMonth = (day: number, hour: number) =>
  new Date(Date.UTC(testClock.now().getUTCFullYear() + 1, 2, day, hour - 8)).toISOString().replace(".000Z", "+00:00");
const calligraphy = {
  title: "书法进阶班",
  start: inAMonth(3, 9),
  end: inAMonth(3, 11),
  location: { name: "书画活动室" },
  category: "class",
  capacity: 1,
  registration: { open: true, maxPartySize: 2 },
};

async function register(eventId: string, phone: string) {
  const response = await fetch(`${server.url}/v1/communities/taihe/events/${eventId}/registrations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": `${eventId}-${phone}` },
    body: JSON.stringify({ name: phone.endsWith("1") ? '=HYPERLINK("x")' : "王秀兰", phone, partySize: 1, consent: true }),
  });
  expect(response.status).toBe(201);
  return response.json();
}

describe("management keys", () => {
  it("answers 401 without a key or with one this server did not make, and 403 with another community's", async () => {
    for (const key of [null, "not-a-key", "ck_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]) {
      const response = await call("POST", "/events", calligraphy, key);
      expect(response.status, String(key)).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="community-kit"');
      expect(z.parse(Problem, await response.json()).code).toBe("unauthorized");
    }
    const other = await call("GET", "/events/anything/registrations", undefined, hepingKey);
    expect(other.status).toBe(403);
    expect(z.parse(Problem, await other.json()).code).toBe("forbidden");
  });

  it("lists a community's keys without their secrets, and a revoked key stops working at once", async () => {
    const spare = await createApiKey(server.db, "taihe", "lost laptop");
    const spareId = spare.split("_")[1]!;
    expect((await call("GET", "/api-keys", undefined, spare)).status).toBe(200);
    const listed = (await (await call("GET", "/api-keys")).json()) as { items: Array<Record<string, unknown>> };
    expect(listed.items.find((item) => item.id === spareId)).toMatchObject({ label: "lost laptop", revokedAt: null });
    // The secret is base64url, so it may hold "_" itself: it is all that follows the id.
    expect(JSON.stringify(listed)).not.toContain(spare.slice(`ck_${spareId}_`.length));
    expect((await call("DELETE", `/api-keys/${spareId}`)).status).toBe(204);
    expect((await call("GET", "/api-keys", undefined, spare)).status).toBe(401);
    expect((await call("DELETE", `/api-keys/${spareId}`)).status).toBe(404);
    // Another community's key cannot be revoked from here.
    expect((await call("DELETE", `/api-keys/${hepingKey.split("_")[1]}`)).status).toBe(404);
  });

  it("writes down every request a key makes, what it asked and how it ended, for the community to read", async () => {
    const auditor = await createApiKey(server.db, "taihe", "audit test");
    await call("POST", "/events", { id: "audited-talk", ...calligraphy }, auditor);
    await call("GET", "/events/audited-talk/registrations", undefined, auditor);
    await call("PATCH", "/events/no-such-event", { title: "x" }, auditor);
    const log = (await (await call("GET", "/audit-log?limit=50")).json()) as {
      items: Array<{ keyLabel: string; method: string; path: string; status: number }>;
    };
    const mine = log.items.filter((entry) => entry.keyLabel === "audit test").map(({ method, path, status }) => `${method} ${path} ${status}`);
    expect(mine).toEqual([
      "PATCH /v1/communities/taihe/events/no-such-event 404",
      "GET /v1/communities/taihe/events/audited-talk/registrations 200",
      "POST /v1/communities/taihe/events 201",
    ]);
    // A page at a time: the page after starts where the one before ended, and the last says so.
    const read = async (query: string) => z.parse(AuditLog, await (await call("GET", `/audit-log?${query}`)).json());
    const first = await read("limit=2");
    const second = await read(`limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect([...first.items, ...second.items].map(({ method, path }) => `${method} ${path}`)).toEqual([
      "GET /v1/communities/taihe/audit-log",
      "PATCH /v1/communities/taihe/events/no-such-event",
      "GET /v1/communities/taihe/events/audited-talk/registrations",
      "POST /v1/communities/taihe/events",
    ]);
    expect((await read("limit=1000")).nextCursor).toBeNull();
    // Only this community's log, and only with its key.
    expect((await call("GET", "/audit-log", undefined, hepingKey)).status).toBe(403);
    expect((await call("GET", "/audit-log?limit=0")).status).toBe(400);
  });

  it("keeps only a hash of each key", async () => {
    const stored = await server.db.selectFrom("api_keys").selectAll().execute();
    for (const row of stored) expect(taiheKey).not.toContain(row.secret_hash);
    expect(stored.map((row) => row.secret_hash).every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
  });
});

describe("managing events", () => {
  it("creates, updates, cancels and deletes an event; the public sees each step", async () => {
    const created = await call("POST", "/events", { id: "calligraphy-plus", ...calligraphy });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe("/v1/communities/taihe/events/calligraphy-plus");
    expect(z.parse(ManagedEvent, await created.json())).toMatchObject({ id: "calligraphy-plus", title: "书法进阶班", capacity: 1, registeredCount: 0 });
    expect((await call("POST", "/events", { id: "calligraphy-plus", ...calligraphy })).status).toBe(409);

    await register("calligraphy-plus", "13900000001");
    const waiting = await register("calligraphy-plus", "13900000002");
    expect(waiting.status).toBe("waitlisted");
    // A second place: the one waiting gets it.
    const updated = z.parse(ManagedEvent, await (await call("PATCH", "/events/calligraphy-plus", { capacity: 2, title: "书法进阶班（加开名额）" })).json());
    expect(updated).toMatchObject({ title: "书法进阶班（加开名额）", capacity: 2, registeredCount: 2 });

    const cancelled = z.parse(ManagedEvent, await (await call("POST", "/events/calligraphy-plus/cancel")).json());
    expect(cancelled.status).toBe("cancelled");
    const seen = z.parse(Event, await (await fetch(`${server.url}/v1/communities/taihe/events/calligraphy-plus`)).json());
    expect(seen).toMatchObject({ status: "cancelled", registration: { open: false } });

    expect((await call("DELETE", "/events/calligraphy-plus")).status).toBe(204);
    expect((await fetch(`${server.url}/v1/communities/taihe/events/calligraphy-plus`)).status).toBe(404);
    expect(await server.db.selectFrom("registrations").select("id").where("event_id", "=", "calligraphy-plus").execute()).toEqual([]);
  });

  it("names each field at fault", async () => {
    const response = await call("POST", "/events", { ...calligraphy, title: "", end: calligraphy.start, category: "x", capacity: -1 });
    expect(response.status).toBe(400);
    const problem = z.parse(Problem, await response.json());
    expect(problem.errors!.map((error) => error.field).sort()).toEqual(["capacity", "title"]);
    const times = z.parse(Problem, await (await call("POST", "/events", { ...calligraphy, end: calligraphy.start })).json());
    expect(times.errors).toEqual([{ field: "end", code: "too_small", message: "The end must come after the start" }]);
    const category = z.parse(Problem, await (await call("POST", "/events", { ...calligraphy, category: "knitting" })).json());
    expect(category.code).toBe("category_not_found");
    const rule = z.parse(Problem, await (await call("POST", "/events", { ...calligraphy, recurrence: { rrule: "FREQ=SECONDLY" } })).json());
    expect(rule.errors![0]).toMatchObject({ field: "recurrence", code: "invalid_recurrence" });
  });

  it("creates a series, moves one occurrence, deletes another and cancels a third", async () => {
    const created = z.parse(
      ManagedEvent,
      await (
        await call("POST", "/events", {
          id: "choir",
          title: "合唱团排练",
          start: "2031-03-04T19:00:00+08:00",
          end: "2031-03-04T20:30:00+08:00",
          location: { name: "多功能室" },
          category: "arts",
          recurrence: { rrule: "FREQ=WEEKLY;BYDAY=TU" },
        })
      ).json(),
    );
    expect(created.recurrence).toEqual({ rrule: "FREQ=WEEKLY;BYDAY=TU" });
    expect(
      (await call("PATCH", "/events/choir-20310311t1900", { start: "2031-03-12T19:00:00+08:00", end: "2031-03-12T20:30:00+08:00", location: { name: "礼堂" } }))
        .status,
    ).toBe(200);
    expect((await call("DELETE", "/events/choir-20310318t1900")).status).toBe(204);
    expect((await call("POST", "/events/choir-20310325t1900/cancel")).status).toBe(200);

    const page = z.parse(
      Page(Event),
      await (await fetch(`${server.url}/v1/communities/taihe/events?from=2031-03-01&to=2031-04-05&q=${encodeURIComponent("合唱团排练")}`)).json(),
    );
    expect(page.items.map((event) => [event.id, event.start, event.location.name, event.status ?? "scheduled"])).toEqual([
      ["choir-20310304t1900", "2031-03-04T19:00:00+08:00", "多功能室", "scheduled"],
      ["choir-20310311t1900", "2031-03-12T19:00:00+08:00", "礼堂", "scheduled"],
      ["choir-20310325t1900", "2031-03-25T19:00:00+08:00", "多功能室", "cancelled"],
      ["choir-20310401t1900", "2031-04-01T19:00:00+08:00", "多功能室", "scheduled"],
    ]);
    expect(z.parse(Problem, await (await call("PATCH", "/events/choir-20310401t1900", { recurrence: { rrule: "FREQ=DAILY" } })).json()).errors![0]!.field).toBe(
      "recurrence",
    );

    // A change to the series reaches the occurrences that have rows of their own, and keeps their times.
    await call("PATCH", "/events/choir", { title: "社区合唱团排练" });
    const renamed = z.parse(Event, await (await fetch(`${server.url}/v1/communities/taihe/events/choir-20310311t1900`)).json());
    expect(renamed).toMatchObject({ title: "社区合唱团排练", start: "2031-03-12T19:00:00+08:00", location: { name: "礼堂" } });

    // Staff read the series back with its rule to edit it, and one occurrence as it is; residents cannot.
    const series = z.parse(ManagedEvent, await (await call("GET", "/events/choir/managed")).json());
    expect(series).toMatchObject({ id: "choir", title: "社区合唱团排练", recurrence: { rrule: "FREQ=WEEKLY;BYDAY=TU", exdates: ["2031-03-18T19:00"] } });
    const occurrence = z.parse(ManagedEvent, await (await call("GET", "/events/choir-20310401t1900/managed")).json());
    expect(occurrence).toMatchObject({ id: "choir-20310401t1900", seriesId: "choir", start: "2031-04-01T19:00:00+08:00" });
    expect(occurrence.recurrence).toBeUndefined();
    expect((await call("GET", "/events/choir-20310402t1900/managed")).status).toBe(404);
    expect((await call("GET", "/events/choir/managed", undefined, null)).status).toBe(401);
  });
});

describe("registrations with personal data", () => {
  it("are listed for management only, with the waitlist in order, and exported as CSV a spreadsheet reads safely", async () => {
    await call("POST", "/events", { id: "tea-party", ...calligraphy, title: "茶话会" });
    await register("tea-party", "13900000011");
    await register("tea-party", "13900000012");

    expect((await call("GET", "/events/tea-party/registrations", undefined, null)).status).toBe(401);
    const response = await call("GET", "/events/tea-party/registrations");
    // Names and phones are never kept by a browser or a CDN.
    expect(response.headers.get("cache-control")).toBe("no-store");
    const listed = (await response.json()).map((row: unknown) => z.parse(ManagedRegistration, row));
    expect(listed.map((row: ManagedRegistration) => [row.name, row.phone, row.status, row.position])).toEqual([
      ['=HYPERLINK("x")', "13900000011", "confirmed", undefined],
      ["王秀兰", "13900000012", "waitlisted", 1],
    ]);
    const publicView = JSON.stringify(await (await fetch(`${server.url}/v1/communities/taihe/events/tea-party`)).json());
    expect(publicView).not.toContain("13900000011");
    expect(publicView).not.toContain("王秀兰");

    const csv = await call("GET", "/events/tea-party/registrations.csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("cache-control")).toBe("no-store");
    // A byte-order mark first, or Excel reads the UTF-8 as another encoding.
    expect([...new Uint8Array(await csv.clone().arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe("报名时间 Registered,姓名 Name,手机 Phone,人数 People,状态 Status,候补位置 Waitlist place,取消时间 Cancelled,签到时间 Checked in");
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")",13900000011,1,已确认 confirmed,,`);
    expect(lines[2]).toContain("王秀兰,13900000012,1,候补 waitlisted,1,");
  });
});

describe("at the door", () => {
  it("checks a confirmed party in once, takes a mistaken check-in back, and refuses one still waiting", async () => {
    await call("POST", "/events", { id: "paper-cutting", ...calligraphy, title: "剪纸课" });
    const confirmed = await register("paper-cutting", "13900000021");
    const waiting = await register("paper-cutting", "13900000022");

    const first = z.parse(ManagedRegistration, await (await call("POST", `/registrations/${confirmed.registrationId}/check-in`)).json());
    expect(first.checkedInAt).toBe(formatInstantIn(testClock.now(), "Asia/Shanghai"));
    const again = z.parse(ManagedRegistration, await (await call("POST", `/registrations/${confirmed.registrationId}/check-in`)).json());
    expect(again.checkedInAt).toBe(first.checkedInAt);
    const csv = await (await call("GET", "/events/paper-cutting/registrations.csv")).text();
    expect(csv.trim().split(/\r?\n/)[1]).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    const undone = z.parse(ManagedRegistration, await (await call("DELETE", `/registrations/${confirmed.registrationId}/check-in`)).json());
    expect(undone.checkedInAt).toBeUndefined();

    const refused = await call("POST", `/registrations/${waiting.registrationId}/check-in`);
    expect([refused.status, (await refused.json()).code]).toEqual([409, "registration_not_confirmed"]);
    expect((await call("POST", "/registrations/no-such-registration/check-in")).status).toBe(404);
    expect((await call("POST", `/registrations/${confirmed.registrationId}/check-in`, undefined, null)).status).toBe(401);
  });

  it("takes a waiting party in out of turn by adding the places it lacks, and the public sees the new capacity", async () => {
    await call("POST", "/events", { id: "dumplings", ...calligraphy, title: "包饺子" });
    await register("dumplings", "13900000031");
    const waiting = await register("dumplings", "13900000032");
    expect(waiting.status).toBe("waitlisted");

    const taken = z.parse(ManagedRegistration, await (await call("POST", `/registrations/${waiting.registrationId}/confirm`)).json());
    expect([taken.status, taken.position]).toEqual(["confirmed", undefined]);
    const event = z.parse(Event, await (await fetch(`${server.url}/v1/communities/taihe/events/dumplings`)).json());
    expect([event.capacity, event.registeredCount]).toEqual([2, 2]);
    const twice = await call("POST", `/registrations/${waiting.registrationId}/confirm`);
    expect([twice.status, (await twice.json()).code]).toEqual([409, "registration_not_waitlisted"]);
  });
});

describe("community settings", () => {
  it("makes a key whose secret shows once and works, and lists it without the secret", async () => {
    const made = await call("POST", "/api-keys", { label: "社区网站导入" });
    expect(made.status).toBe(201);
    const { key, secret } = z.parse(ApiKeyCreated, await made.json());
    expect(key.label).toBe("社区网站导入");
    expect((await call("GET", "/api-keys", undefined, secret)).status).toBe(200);
    const listed = JSON.stringify(await (await call("GET", "/api-keys")).json());
    expect(listed).toContain("社区网站导入");
    expect(listed).not.toContain(secret.slice(-32));
    expect((await call("POST", "/api-keys", { label: "" })).status).toBe(400);
  });

  it("replaces the sites residents may write from, refusing what is not a web origin, and sets the privacy notice residents read", async () => {
    const refused = await call("PUT", "/write-origins", { origins: ["https://www.taihe.gov.cn", "www.taihe.gov.cn/activities"] });
    expect([refused.status, z.parse(Problem, await refused.json()).errors?.[0]?.field]).toEqual([400, "origins.1"]);
    const set = await call("PUT", "/write-origins", { origins: ["https://www.taihe.gov.cn/", "https://wx.taihe.gov.cn"] });
    expect(await set.json()).toEqual({ origins: ["https://www.taihe.gov.cn", "https://wx.taihe.gov.cn"] });
    expect(await (await call("GET", "/write-origins")).json()).toEqual({ origins: ["https://www.taihe.gov.cn", "https://wx.taihe.gov.cn"] });

    const policy = { controller: "太和社区居民委员会", contact: "社区服务台 010-6552 0188", retentionDays: 60 };
    expect(await (await call("PUT", "/privacy", policy)).json()).toEqual(policy);
    const community = await (await fetch(`${server.url}/v1/communities/taihe`)).json();
    expect(community.privacy).toEqual(policy);
    expect((await call("PUT", "/privacy", { ...policy, retentionDays: 0 })).status).toBe(400);
  });
});
