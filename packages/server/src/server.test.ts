import { type IncomingHttpHeaders, get as httpGet } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Community, Event, Page, Problem } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { connectDatabase } from "./database/connect.js";
import { migrateToLatest } from "./database/migrate.js";
import { seedDemo } from "./seed/seed-demo.js";
import { type DemoServer, SEED_DAY, startDemoServer, testClock } from "./test-support/demo-server.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = z.parse(Problem, await response.json());
  expect(problem.code).toBe(code);
  return problem;
}

describe("GET /v1/communities/{community}", () => {
  it("returns the community with its categories, cacheable and open to other origins", async () => {
    const response = await get("/v1/communities/taihe", { Origin: "https://www.example.gov.cn" });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toContain("max-age=60");
    const community = z.parse(Community, await response.json());
    expect(community).toMatchObject({ id: "taihe", name: "太和社区", timezone: "Asia/Shanghai", locale: "zh-CN" });
    expect(community.categories.map((category) => category.id)).toContain("festival");
  });

  it("answers 304 to a matching If-None-Match and 200 to a stale one", async () => {
    const first = await get("/v1/communities/heping");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("/v1/communities/heping", { "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get("cache-control")).toContain("max-age=60");
    expect(await again.text()).toBe("");
    expect((await get("/v1/communities/heping", { "If-None-Match": '"stale"' })).status).toBe(200);
  });

  it("keeps the CORS headers on a 304, which a page on another origin needs to read it", async () => {
    const first = await get("/v1/communities/heping", { Origin: "https://www.example.gov.cn" });
    const again = await get("/v1/communities/heping", { Origin: "https://www.example.gov.cn", "If-None-Match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    expect(again.headers.get("access-control-expose-headers")).toContain("ETag");
  });

  it("answers an unknown community with 404 community_not_found", async () => {
    const problem = await expectProblem(await get("/v1/communities/atlantis"), 404, "community_not_found");
    expect(problem.detail).toContain("atlantis");
  });
});

describe("GET /v1/communities/{community}/events", () => {
  it("lists the events overlapping a month in start order, in the community's zone", async () => {
    const response = await get("/v1/communities/taihe/events?from=2026-06-01&to=2026-07-01&limit=1000");
    expect(response.status).toBe(200);
    const page = z.parse(Page(Event), await response.json());
    expect(page.nextCursor).toBeNull();
    expect(page.items.length).toBeGreaterThan(20);
    const starts = page.items.map((event) => Date.parse(event.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const event of page.items) {
      expect(Date.parse(event.end)).toBeGreaterThan(Date.parse("2026-05-31T16:00:00Z"));
      expect(Date.parse(event.start)).toBeLessThan(Date.parse("2026-06-30T16:00:00Z"));
      expect(event.start.endsWith("+08:00")).toBe(true);
    }
    const zongzi = page.items.find((event) => event.title === "浓情端午包粽子");
    expect(zongzi?.start).toBe("2026-06-19T09:30:00+08:00");
  });

  it("includes a multi-day event that began before the range", async () => {
    const page = z.parse(Page(Event), await (await get("/v1/communities/taihe/events?from=2026-06-19&to=2026-06-20")).json());
    const festival = page.items.find((event) => event.title === "幸福邻里节");
    expect(festival).toMatchObject({ allDay: true, start: "2026-06-18T00:00:00+08:00", end: "2026-06-21T00:00:00+08:00" });
  });

  it("pages with a cursor through every event exactly once", async () => {
    const all = z.parse(Page(Event), await (await get("/v1/communities/taihe/events?limit=1000")).json()).items;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : "";
      const page = z.parse(Page(Event), await (await get(`/v1/communities/taihe/events?limit=7${query}`)).json());
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((event) => event.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((event) => event.id));
  });

  it("filters by category and by words in the title or the place", async () => {
    const health = z.parse(Page(Event), await (await get("/v1/communities/taihe/events?category=health&limit=1000")).json());
    expect(health.items.length).toBeGreaterThan(0);
    expect(new Set(health.items.map((event) => event.category))).toEqual(new Set(["health"]));

    const byTitle = z.parse(Page(Event), await (await get(`/v1/communities/taihe/events?q=${encodeURIComponent("书法")}`)).json());
    expect(byTitle.items.length).toBeGreaterThan(0);
    expect(byTitle.items.every((event) => event.title.includes("书法"))).toBe(true);

    const byPlace = z.parse(Page(Event), await (await get(`/v1/communities/taihe/events?q=${encodeURIComponent("文化广场")}&limit=1000`)).json());
    expect(byPlace.items.length).toBeGreaterThan(0);
    expect(byPlace.items.every((event) => event.location.name === "文化广场")).toBe(true);

    const wildcard = z.parse(Page(Event), await (await get("/v1/communities/taihe/events?q=%25")).json());
    expect(wildcard.items).toEqual([]);
  });

  it("answers a bad from with 400 naming the field, and a bad limit and cursor too", async () => {
    const problem = await expectProblem(await get("/v1/communities/taihe/events?from=next-tuesday"), 400, "invalid_parameter");
    expect(problem.errors?.map((error) => error.field)).toEqual(["from"]);

    const several = await expectProblem(await get("/v1/communities/taihe/events?from=2026-02-30&limit=0"), 400, "invalid_parameter");
    expect(several.errors?.map((error) => error.field).sort()).toEqual(["from", "limit"]);

    const cursor = await expectProblem(await get("/v1/communities/taihe/events?cursor=garbage"), 400, "invalid_parameter");
    expect(cursor.errors?.[0]?.field).toBe("cursor");
  });

  it("revalidates a list with its ETag", async () => {
    const first = await get("/v1/communities/taihe/events?from=2026-06-01&to=2026-07-01");
    const etag = first.headers.get("etag")!;
    expect((await get("/v1/communities/taihe/events?from=2026-06-01&to=2026-07-01", { "If-None-Match": etag })).status).toBe(304);
    expect((await get("/v1/communities/taihe/events?from=2026-07-01&to=2026-08-01", { "If-None-Match": etag })).status).toBe(200);
  });

  it("answers 404 community_not_found for the events of an unknown community", async () => {
    await expectProblem(await get("/v1/communities/atlantis/events"), 404, "community_not_found");
  });
});

describe("GET /v1/communities/{community}/events/{id}", () => {
  it("returns one event with its ETag", async () => {
    const response = await get("/v1/communities/taihe/events/zongzi-2026-06-19");
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBeTruthy();
    const event = z.parse(Event, await response.json());
    expect(event).toMatchObject({ title: "浓情端午包粽子", category: "festival", capacity: 50, location: { name: "多功能室" } });
  });

  it("answers an unknown event with 404 event_not_found and another community's event too", async () => {
    await expectProblem(await get("/v1/communities/taihe/events/no-such-event"), 404, "event_not_found");
    await expectProblem(await get("/v1/communities/heping/events/zongzi-2026-06-19"), 404, "event_not_found");
  });
});

describe("the rest of the API surface", () => {
  it("serves an OpenAPI 3.1 document generated from the schemas", async () => {
    const response = await get("/v1/openapi.json");
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.schemas.Problem.properties.code).toBeTruthy();
  });

  it("answers unknown paths with 404, other methods with 405, and a preflight with CORS", async () => {
    await expectProblem(await get("/v1/nothing-here"), 404, "not_found");
    const replaced = await fetch(`${server.url}/v1/communities/taihe/events/zongzi-2026-06-19`, { method: "PUT", body: "{}" });
    await expectProblem(replaced, 405, "method_not_allowed");
    expect(replaced.headers.get("allow")).toBe("GET, HEAD, PATCH, DELETE, OPTIONS");
    const feedWrite = await fetch(`${server.url}/v1/communities/taihe/events.ics`, { method: "POST", body: "{}" });
    await expectProblem(feedWrite, 405, "method_not_allowed");
    expect(feedWrite.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    // Writes that management may make need its key.
    await expectProblem(await fetch(`${server.url}/v1/communities/taihe/events/zongzi-2026-06-19`, { method: "DELETE" }), 401, "unauthorized");
    expect((await get("/v1/communities/taihe/events/zongzi-2026-06-19")).status).toBe(200);
    const preflight = await fetch(`${server.url}/v1/communities/taihe/events`, {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "If-None-Match" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("compression", () => {
  /** The bytes as they come over the wire, not decoded as fetch would. */
  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<{ headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
      httpGet(`${server.url}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, bytes: Buffer.concat(chunks) }));
      }).on("error", reject);
    });

  it("sends a month of events in brotli to a browser, gzip to a client that takes only that, plain to one that takes neither, and still answers 304", async () => {
    const path = "/v1/communities/taihe/events?limit=1000";
    const plain = await raw(path, { "Accept-Encoding": "identity" });
    // Chromium's header: brotli, though gzip comes first.
    const browser = await raw(path, { "Accept-Encoding": "gzip, deflate, br, zstd" });
    const gzipped = await raw(path, { "Accept-Encoding": "gzip" });
    const preferringGzip = await raw(path, { "Accept-Encoding": "br;q=0.5, gzip" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(browser.headers["content-encoding"]).toBe("br");
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(preferringGzip.headers["content-encoding"]).toBe("gzip");
    for (const answer of [browser, gzipped]) expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(browser.bytes).toString()).toBe(plain.bytes.toString());
    expect(gunzipSync(gzipped.bytes).toString()).toBe(plain.bytes.toString());
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 4);
    expect(browser.bytes.length).toBeLessThan(gzipped.bytes.length);
    // Kept and sent again as it was compressed the first time.
    expect((await raw(path, { "Accept-Encoding": "br" })).bytes).toEqual(browser.bytes);
    // The compressed answer's ETag is weak; sent back, it still saves the body.
    const again = await get(path, { "Accept-Encoding": "gzip", "If-None-Match": String(gzipped.headers.etag) });
    expect(again.status).toBe(304);
  });

  it("compresses an answer it does not keep by version, such as the API's document", async () => {
    const plain = await raw("/v1/openapi.json", { "Accept-Encoding": "identity" });
    const browser = await raw("/v1/openapi.json", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(browser.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(browser.bytes).toString()).toBe(plain.bytes.toString());
  });
});

describe("demo seed", () => {
  it("gives taihe 60 or more events over last month, this month and the next two, and the other communities theirs", async () => {
    const count = async (community: string) => z.parse(Page(Event), await (await get(`/v1/communities/${community}/events?limit=1000`)).json()).items;
    const taihe = await count("taihe");
    expect(taihe.length).toBeGreaterThanOrEqual(60);
    const months = new Set(taihe.map((event) => event.start.slice(0, 7)));
    expect([...months].sort()).toEqual(["2026-04", "2026-05", "2026-06", "2026-07"]);
    expect(new Set(taihe.map((event) => event.category)).size).toBeGreaterThanOrEqual(6);
    expect((await count("heping")).length).toBeGreaterThan(10);
    expect((await count("riverside"))[0]?.start).toMatch(/\+01:00$/);
  });

  it("gives the mainland community an example of a year's official days, which the bundled schedule lacks", async () => {
    const days = await server.db.selectFrom("official_days").select(["community_id", "date", "kind", "name"]).orderBy("date").execute();
    expect(days).toContainEqual({ community_id: "taihe", date: "2027-02-06", kind: "rest", name: "春节" });
    expect(days).toContainEqual({ community_id: "taihe", date: "2027-02-20", kind: "work", name: "春节" });
    // heping is in Taipei and riverside in Bristol: the State Council's schedule is not theirs.
    expect(new Set(days.map((day) => day.community_id))).toEqual(new Set(["taihe"]));
  });

  it("changes nothing when run twice on the same database", async () => {
    const dump = async () =>
      JSON.stringify([
        await server.db.selectFrom("communities").selectAll().orderBy("id").execute(),
        await server.db.selectFrom("categories").selectAll().orderBy("community_id").orderBy("id").execute(),
        await server.db.selectFrom("events").selectAll().orderBy("seq").execute(),
        await server.db.selectFrom("resources").selectAll().orderBy("community_id").orderBy("id").execute(),
        await server.db.selectFrom("shifts").selectAll().orderBy("community_id").orderBy("id").execute(),
        await server.db.selectFrom("signups").select(["id", "shift_id", "status"]).orderBy("seq").execute(),
        await server.db.selectFrom("partners").selectAll().orderBy("community_id").orderBy("id").execute(),
      ]);
    const before = await dump();
    const again = connectDatabase(server.databaseUrl);
    await migrateToLatest(again);
    expect(await seedDemo(again, SEED_DAY)).toEqual({ communities: 0, events: 0, resources: 0, shifts: 0, partners: 0 });
    await again.destroy();
    expect(await dump()).toBe(before);
  });
});

describe("demo data without a database", () => {
  it("gives the same events the seeded server serves", async () => {
    const { demoCommunityEvents } = await import("./seed/demo-events.js");
    const { community, events } = demoCommunityEvents("taihe", testClock.now(), SEED_DAY);
    const served = z.parse(Page(Event), await (await get("/v1/communities/taihe/events?limit=1000")).json()).items;
    expect(events.map((event) => z.parse(Event, event))).toEqual(served);
    expect(z.parse(Community, community).categories.length).toBeGreaterThan(5);
  });
});
