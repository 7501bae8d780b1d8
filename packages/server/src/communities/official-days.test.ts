import { Community, OfficialDay, Problem } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, createApiKey, startDemoServer, testClock } from "../test-support/demo-server.js";

let server: DemoServer;
let taiheKey: string;
beforeAll(async () => {
  server = await startDemoServer();
  taiheKey = await createApiKey(server.db, "taihe", "tests");
});
afterAll(async () => {
  await server?.stop();
});

// The year in Shanghai, as the community's own zone says it: the test clock may stand on New Year's Eve.
const thisYear = () => Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(testClock.now()));

function call(method: string, path: string, body?: unknown, key: string | null = taiheKey) {
  return fetch(`${server.url}/v1/communities/taihe${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...(key ? { Authorization: `Bearer ${key}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const publicDays = async () => z.parse(Community, await (await fetch(`${server.url}/v1/communities/taihe`)).json()).officialDays ?? [];

const springFestival = (year: number): OfficialDay[] => [
  { date: `${year}-02-01`, kind: "rest", name: "春节" },
  { date: `${year}-02-02`, kind: "rest", name: "春节" },
  { date: `${year}-02-08`, kind: "work", name: "春节" },
];

describe("official days", () => {
  it("are set for a year with the community's key, in place of what was set, and read by everyone with the community", async () => {
    const next = thisYear() + 1;
    expect((await call("PUT", `/official-days/${next}`, { days: [{ date: `${next}-10-01`, kind: "rest", name: "国庆节" }] })).status).toBe(200);
    const response = await call("PUT", `/official-days/${next}`, { days: springFestival(next) });
    expect(response.status).toBe(200);
    expect(z.parse(z.array(OfficialDay), await response.json())).toEqual(springFestival(next));
    expect(z.parse(z.array(OfficialDay), await (await call("GET", `/official-days/${next}`)).json())).toEqual(springFestival(next));

    const days = await publicDays();
    expect(days.filter((day) => day.date.startsWith(`${next}-`))).toEqual(springFestival(next));
  });

  it("go out with the community from last year on, not before", async () => {
    const lastYear = thisYear() - 1;
    await call("PUT", `/official-days/${lastYear}`, { days: springFestival(lastYear) });
    await call("PUT", `/official-days/${lastYear - 1}`, { days: springFestival(lastYear - 1) });
    const years = new Set((await publicDays()).map((day) => day.date.slice(0, 4)));
    expect(years.has(String(lastYear))).toBe(true);
    expect(years.has(String(lastYear - 1))).toBe(false);
  });

  it("are given back to the widgets' own data when the year is cleared", async () => {
    const year = thisYear() + 2;
    await call("PUT", `/official-days/${year}`, { days: springFestival(year) });
    expect((await call("DELETE", `/official-days/${year}`)).status).toBe(204);
    expect((await publicDays()).some((day) => day.date.startsWith(`${year}-`))).toBe(false);
  });

  it("refuse a day of another year, a day twice, a kind that is neither rest nor work, and a path that is no year", async () => {
    const next = thisYear() + 1;
    const before = await publicDays();
    const astray = await call("PUT", `/official-days/${next}`, { days: [{ date: `${next + 1}-01-01`, kind: "rest", name: "元旦" }] });
    expect(astray.status).toBe(400);
    expect(z.parse(Problem, await astray.json()).errors).toEqual([expect.objectContaining({ field: "days.0.date", code: "wrong_year" })]);
    const twice = await call("PUT", `/official-days/${next}`, { days: [springFestival(next)[0], springFestival(next)[0]] });
    expect(twice.status).toBe(400);
    const kind = await call("PUT", `/official-days/${next}`, { days: [{ date: `${next}-05-01`, kind: "holiday", name: "劳动节" }] });
    expect(z.parse(Problem, await kind.json()).errors?.[0]?.field).toBe("days.0.kind");
    expect((await call("PUT", "/official-days/next", { days: [] })).status).toBe(400);
    expect((await call("PUT", "/official-days/1066", { days: [] })).status).toBe(400);
    expect(await publicDays()).toEqual(before);
  });

  it("need the community's key to be set or read", async () => {
    const next = thisYear() + 1;
    expect((await call("PUT", `/official-days/${next}`, { days: [] }, null)).status).toBe(401);
    expect((await call("GET", `/official-days/${next}`, undefined, null)).status).toBe(401);
  });
});
