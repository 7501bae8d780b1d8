import { Problem } from "@community-kit/schema";
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { setWriteOrigin } from "../communities/write-origins.js";
import { sharedWriteCounts, writeCountKey } from "./shared-write-counts.js";
import { createApiKey, type DemoServer, SEED_DAY, startDemoServer, startSecondServer } from "../test-support/demo-server.js";

let server: DemoServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function start(limits: { perClientPerMinute: number; perCommunityPerMinute: number; trustProxy?: boolean }) {
  server = await startDemoServer(SEED_DAY, { trustProxy: false, ...limits });
  return server;
}

/** A resident's cancel with a wrong token: a write the server refuses (404), cheap to repeat. */
const cancel = (community: string, headers: Record<string, string> = {}) =>
  fetch(`${server!.url}/v1/communities/${community}/bookings/no-such-booking`, { method: "DELETE", headers: { "Cancel-Token": "x", ...headers } });

async function problemOf(response: Response) {
  expect(response.headers.get("Content-Type")).toContain("application/problem+json");
  return z.parse(Problem, await response.json());
}

describe("residents' writes", () => {
  it("come only from the origins a community allows, from its own origin, or from no page at all; reads from anywhere", async () => {
    const { url, db } = await start({ perClientPerMinute: 1000, perCommunityPerMinute: 1000 });
    await setWriteOrigin(db, "taihe", "https://www.taihe.example.cn", true);
    expect((await cancel("taihe", { Origin: "https://www.taihe.example.cn" })).status).toBe(404);
    expect((await cancel("taihe", { Origin: url })).status).toBe(404);
    expect((await cancel("taihe")).status).toBe(404);
    const refused = await cancel("taihe", { Origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(await problemOf(refused)).toMatchObject({ code: "origin_not_allowed" });
    // The refusal is readable by the page (CORS), so that the widget can say why.
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBe("*");
    // Another community has not allowed that origin.
    expect((await cancel("heping", { Origin: "https://www.taihe.example.cn" })).status).toBe(403);
    const read = await fetch(`${url}/v1/communities/taihe/events`, { headers: { Origin: "https://evil.example" } });
    expect(read.status).toBe(200);
    // Management with a key is not the resident's path: its own key decides.
    const key = await createApiKey(db, "taihe", "test");
    const managed = await fetch(`${url}/v1/communities/taihe/events/no-such-event`, {
      method: "DELETE",
      headers: { Origin: "https://evil.example", Authorization: `Bearer ${key}` },
    });
    expect(managed.status).toBe(404);
  });

  it("are limited per client and community, with a problem saying when to try again", async () => {
    await start({ perClientPerMinute: 3, perCommunityPerMinute: 1000 });
    for (let attempt = 0; attempt < 3; attempt++) expect((await cancel("taihe")).status).toBe(404);
    const limited = await cancel("taihe");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await problemOf(limited)).toMatchObject({ code: "rate_limited", status: 429 });
    // Reads, and writes to another community, go on.
    expect((await fetch(`${server!.url}/v1/communities/taihe/events`)).status).toBe(200);
    expect((await cancel("heping")).status).toBe(404);
  });

  it("are counted once for all the server instances on one database: a second instance does not double a limit", async () => {
    const limits = { perClientPerMinute: 1000, perCommunityPerMinute: 4, trustProxy: false };
    const first = await start(limits);
    const second = await startSecondServer(first, limits);
    try {
      const at = (instance: DemoServer) =>
        fetch(`${instance.url}/v1/communities/taihe/bookings/no-such-booking`, { method: "DELETE", headers: { "Cancel-Token": "x" } });
      expect((await Promise.all([first, second, first, second].map(at))).map((response) => response.status)).toEqual([404, 404, 404, 404]);
      expect([(await at(second)).status, (await at(first)).status]).toEqual([429, 429]);
    } finally {
      await second.stop();
    }
  });

  it("to a community there is not are answered 404 and not counted", async () => {
    const { db } = await start({ perClientPerMinute: 1000, perCommunityPerMinute: 1000 });
    const response = await cancel("no-such-community");
    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({ code: "community_not_found" });
    expect((await cancel("taihe")).status).toBe(404);
    expect((await db.selectFrom("write_counts").select("community_id").distinct().execute()).map((row) => row.community_id)).toEqual(["taihe"]);
  });

  it("pass the origin check and the limits only with a working management key of the community written to", async () => {
    const { db } = await start({ perClientPerMinute: 30, perCommunityPerMinute: 1000 });
    const foreign = { Origin: "https://evil.example" };
    // Any header will not do: CORS lets every page send one.
    const junk = await cancel("taihe", { ...foreign, Authorization: "Bearer junk" });
    expect(junk.status).toBe(403);
    expect(await problemOf(junk)).toMatchObject({ code: "origin_not_allowed" });
    const otherCommunitysKey = await createApiKey(db, "heping", "heping's desk");
    expect((await cancel("taihe", { ...foreign, Authorization: `Bearer ${otherCommunitysKey}` })).status).toBe(403);
    const statuses: number[] = [];
    for (let write = 0; write < 35; write++) statuses.push((await cancel("taihe", { Authorization: "Bearer junk" })).status);
    expect(statuses.slice(0, 30).every((status) => status === 404)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429, 429, 429, 429]);
    // Staff with the community's own key are not residents: neither the origin nor the limit applies.
    const key = await createApiKey(db, "taihe", "front desk");
    expect((await cancel("taihe", { ...foreign, Authorization: `Bearer ${key}` })).status).toBe(404);
  });

  it("are counted in the minutes of the app's clock, so a stopped clock never turns a window over", async () => {
    const { db } = await start({ perClientPerMinute: 1000, perCommunityPerMinute: 1000 });
    let now = new Date("2026-12-08T11:59:59.500Z");
    const counts = sharedWriteCounts(db, { now: () => now });
    const key = writeCountKey("taihe", "203.0.113.7");
    expect((await counts.increment(key)).totalHits).toBe(1);
    const second = await counts.increment(key);
    expect(second.totalHits).toBe(2);
    // Half a second left of the clock's minute, said on the system's clock for the rate limiter.
    expect(second.resetTime!.getTime() - Date.now()).toBeGreaterThan(0);
    expect(second.resetTime!.getTime() - Date.now()).toBeLessThanOrEqual(500);
    now = new Date("2026-12-08T12:00:00.000Z");
    expect((await counts.increment(key)).totalHits).toBe(1);
  });

  it("are limited per community across clients, the clients told apart by X-Forwarded-For behind a proxy", async () => {
    await start({ perClientPerMinute: 2, perCommunityPerMinute: 4, trustProxy: true });
    const from = (client: string) => cancel("taihe", { "X-Forwarded-For": `203.0.113.9, 198.51.100.${client}` });
    expect((await Promise.all(["1", "1", "2", "2"].map(from))).map((response) => response.status)).toEqual([404, 404, 404, 404]);
    expect((await from("3")).status).toBe(429);
    expect((await cancel("heping", { "X-Forwarded-For": "198.51.100.3" })).status).toBe(404);
  });
});

describe("every request", () => {
  it("has a body of at most 64 kB", async () => {
    const { url } = await start({ perClientPerMinute: 1000, perCommunityPerMinute: 1000 });
    const response = await fetch(`${url}/v1/communities/taihe/bookings`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "big-body-test-0001" },
      body: JSON.stringify({ purpose: "x".repeat(70_000) }),
    });
    expect(response.status).toBe(413);
    expect(await problemOf(response)).toMatchObject({ code: "body_too_large" });
  });

  it("carries security headers; the API's JSON allows nothing to run or frame it, the bundles stay loadable by other sites", async () => {
    const { url } = await start({ perClientPerMinute: 1000, perCommunityPerMinute: 1000 });
    const response = await fetch(`${url}/v1/communities/taihe`);
    expect(
      Object.fromEntries(
        ["X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Cross-Origin-Resource-Policy"].map((name) => [name, response.headers.get(name)]),
      ),
    ).toEqual({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "SAMEORIGIN",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Resource-Policy": "cross-origin",
    });
    expect(response.headers.get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe("write origins", () => {
  it("are web origins, stored as browsers send them", async () => {
    const { db } = await start({ perClientPerMinute: 1000, perCommunityPerMinute: 1000 });
    expect(await setWriteOrigin(db, "taihe", "https://www.taihe.example.cn/", true)).toEqual(["https://www.taihe.example.cn"]);
    expect(await setWriteOrigin(db, "taihe", "http://localhost:8000", true)).toEqual(["https://www.taihe.example.cn", "http://localhost:8000"]);
    expect(await setWriteOrigin(db, "taihe", "https://www.taihe.example.cn", false)).toEqual(["http://localhost:8000"]);
    for (const bad of ["www.taihe.example.cn", "https://www.taihe.example.cn/events", "javascript:alert(1)", "*"]) {
      await expect(setWriteOrigin(db, "taihe", bad, true), bad).rejects.toMatchObject({ code: "invalid_parameter" });
    }
    await expect(setWriteOrigin(db, "atlantis", "https://a.example", true)).rejects.toMatchObject({ code: "community_not_found" });
  });
});
