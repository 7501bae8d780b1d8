import { Event, Page, RegistrationResult } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, addSeries, startDemoServer } from "../test-support/demo-server.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
  // Tuesdays at 09:00 London time, from before the clocks go forward until after they go back.
  await addSeries(server.db, {
    community: "riverside",
    id: "yoga",
    title: "Chair yoga",
    start: "2026-03-17T09:00:00+00:00",
    timezone: "Europe/London",
    recurrence: { rrule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261110T090000Z", exdates: ["2026-04-07T09:00"] },
  });
  // 太极拳 three mornings a week, two places each time.
  await addSeries(server.db, {
    id: "tai-chi",
    title: "太极拳晨练",
    start: "2030-01-07T23:00:00Z",
    minutes: 60,
    timezone: "Asia/Shanghai",
    recurrence: { rrule: "FREQ=WEEKLY;BYDAY=TU,TH,SA" },
    capacity: 2,
    maxPartySize: 2,
  });
  // The elders' party on every 重阳.
  await addSeries(server.db, {
    id: "elders",
    title: "重阳敬老宴",
    start: "2026-10-18T02:00:00Z",
    minutes: 120,
    timezone: "Asia/Shanghai",
    recurrence: { lunar: "09-09" },
  });
});
afterAll(async () => {
  await server?.stop();
});

async function list(community: string, query: string) {
  return z.parse(Page(Event), await (await fetch(`${server.url}/v1/communities/${community}/events?${query}`)).json());
}

const byTitle = (page: { items: Event[] }, title: string) => page.items.filter((event) => event.title === title);

describe("recurring events", () => {
  it("are listed once per occurrence, at 09:00 London time across both daylight-saving changes", async () => {
    const march = byTitle(await list("riverside", "from=2026-03-16&to=2026-04-15"), "Chair yoga");
    expect(march.map((event) => event.start)).toEqual([
      "2026-03-17T09:00:00+00:00",
      "2026-03-24T09:00:00+00:00",
      "2026-03-31T09:00:00+01:00",
      "2026-04-14T09:00:00+01:00",
    ]);
    expect(march.map((event) => event.id)).toEqual(["yoga-20260317t0900", "yoga-20260324t0900", "yoga-20260331t0900", "yoga-20260414t0900"]);
    expect(march.every((event) => event.seriesId === "yoga")).toBe(true);
    const autumn = byTitle(await list("riverside", "from=2026-10-19&to=2026-12-01"), "Chair yoga");
    expect(autumn.map((event) => event.start)).toEqual([
      "2026-10-20T09:00:00+01:00",
      "2026-10-27T09:00:00+00:00",
      "2026-11-03T09:00:00+00:00",
      "2026-11-10T09:00:00+00:00",
    ]);
  });

  it("are found by an occurrence's id, and not by a date the series does not have", async () => {
    const response = await fetch(`${server.url}/v1/communities/riverside/events/yoga-20260331t0900`);
    expect(z.parse(Event, await response.json())).toMatchObject({ title: "Chair yoga", start: "2026-03-31T09:00:00+01:00", seriesId: "yoga" });
    for (const id of ["yoga-20260401t0900", "yoga-20260407t0900", "yoga"]) {
      expect((await fetch(`${server.url}/v1/communities/riverside/events/${id}`)).status, id).toBe(404);
    }
  });

  it("give each occurrence its own places and registrations", async () => {
    const register = (id: string, phone: string, partySize: number) =>
      fetch(`${server.url}/v1/communities/taihe/events/${id}/registrations`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": `${id}-${phone}` },
        body: JSON.stringify({ name: "李阿姨", phone, partySize, consent: true }),
      });
    const tuesday = "tai-chi-20300108t0700";
    const thursday = "tai-chi-20300110t0700";
    // One after the other: which of two simultaneous requests wins is the concurrency tests' subject, not this one's.
    const status = async (response: Promise<Response>) => z.parse(RegistrationResult, await (await response).json()).status;
    expect(await status(register(tuesday, "13800000001", 2))).toBe("confirmed");
    expect(await status(register(tuesday, "13800000002", 1))).toBe("waitlisted");
    expect(await status(register(thursday, "13800000001", 2))).toBe("confirmed");

    const week = byTitle(await list("taihe", "from=2030-01-07&to=2030-01-13"), "太极拳晨练");
    expect(week.map((event) => [event.id, event.registeredCount, event.registration?.waitlisted])).toEqual([
      [tuesday, 2, 1],
      [thursday, 2, 0],
      ["tai-chi-20300112t0700", 0, 0],
    ]);
  });

  it("page through a series that never ends without losing or repeating an occurrence", async () => {
    const seen: string[] = [];
    let cursor: string | null = "";
    for (let page = 0; page < 3 && cursor !== null; page++) {
      const result = await list("taihe", `from=2030-01-07&q=${encodeURIComponent("太极拳晨练")}&limit=4${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...result.items.map((event) => event.id));
      cursor = result.nextCursor;
    }
    expect(seen).toEqual([
      "tai-chi-20300108t0700",
      "tai-chi-20300110t0700",
      "tai-chi-20300112t0700",
      "tai-chi-20300115t0700",
      "tai-chi-20300117t0700",
      "tai-chi-20300119t0700",
      "tai-chi-20300122t0700",
      "tai-chi-20300124t0700",
      "tai-chi-20300126t0700",
      "tai-chi-20300129t0700",
      "tai-chi-20300131t0700",
      "tai-chi-20300202t0700",
    ]);
  });

  it("on a lunar date fall on each year's 重阳", async () => {
    const parties = byTitle(await list("taihe", "from=2026-01-01&to=2029-01-01&q=%E9%87%8D%E9%98%B3"), "重阳敬老宴");
    expect(parties.map((event) => event.start)).toEqual(["2026-10-18T10:00:00+08:00", "2027-10-08T10:00:00+08:00", "2028-10-26T10:00:00+08:00"]);
  });
});

describe("a series begun long ago", () => {
  it("lists its occurrences in the window asked, and a month's read stays quick", async () => {
    // A daily round since 1900 (London kept GMT then), and an imported Google "every day" since 2012.
    await addSeries(server.db, {
      community: "riverside",
      id: "since-1900",
      title: "Morning bell",
      start: "1900-01-01T08:00:00Z",
      minutes: 15,
      timezone: "Europe/London",
      recurrence: { rrule: "FREQ=DAILY" },
    });
    await addSeries(server.db, {
      community: "riverside",
      id: "since-2012",
      title: "Lunch club",
      start: "2012-03-05T12:00:00Z",
      minutes: 60,
      timezone: "Europe/London",
      recurrence: { rrule: "FREQ=DAILY;INTERVAL=1" },
    });
    // The same month of a daily series begun just before it, in another community: the yardstick in the same run.
    await addSeries(server.db, {
      community: "heping",
      id: "since-last-month",
      title: "Morning stretch",
      start: "2026-12-01T07:00:00+08:00",
      minutes: 15,
      timezone: "Asia/Taipei",
      recurrence: { rrule: "FREQ=DAILY" },
    });
    /** The quickest of three reads of January 2027 (each its own query, so none is a kept answer), and the last answer. */
    const quickestRead = async (community: string) => {
      let quickest = Number.POSITIVE_INFINITY;
      let response!: Response;
      for (const limit of [1000, 999, 998]) {
        response = await fetch(`${server.url}/v1/communities/${community}/events?from=2027-01-01&to=2027-02-01&limit=${limit}`);
        quickest = Math.min(quickest, Number(/dur=([\d.]+)/.exec(response.headers.get("Server-Timing") ?? "")?.[1]));
      }
      return { quickest, response };
    };
    const yardstick = await quickestRead("heping");
    const { quickest, response } = await quickestRead("riverside");
    const page = z.parse(Page(Event), await response.json());
    expect(byTitle(page, "Morning bell").map((event) => event.start.slice(0, 10))).toEqual(
      Array.from({ length: 31 }, (_, day) => `2027-01-${String(day + 1).padStart(2, "0")}`),
    );
    expect(byTitle(page, "Lunch club")).toHaveLength(31);
    // Stepping from 1900 took 250 to 460 ms a read, 50 to 100 times a series begun near the window; now about as long.
    expect(quickest).toBeLessThan(4 * yardstick.quickest + 25);
  });
});
