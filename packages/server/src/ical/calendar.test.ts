import { Event, Page } from "@community-kit/schema";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { dayOf } from "@community-kit/schema";
import { type DemoServer, addSeries, daysFromNow, startDemoServer, testClock } from "../test-support/demo-server.js";
import { importCalendar } from "./import-calendar.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer(testClock.now());
  await addSeries(server.db, {
    id: "tai-chi",
    title: "太极拳晨练",
    start: `${daysFromNow(1).toISOString().slice(0, 11)}23:00:00Z`,
    minutes: 60,
    timezone: "Asia/Shanghai",
    recurrence: { rrule: "FREQ=WEEKLY;BYDAY=TU,TH", exdates: [] },
    capacity: 12,
  });
  await addSeries(server.db, {
    id: "elders",
    title: "重阳敬老宴",
    start: "2026-10-18T02:00:00Z",
    minutes: 120,
    timezone: "Asia/Shanghai",
    recurrence: { lunar: "09-09" },
  });
  await addSeries(server.db, {
    community: "riverside",
    id: "yoga",
    title: "Chair yoga",
    start: "2026-03-17T09:00:00Z",
    timezone: "Europe/London",
    recurrence: { rrule: "FREQ=WEEKLY;BYDAY=TU", exdates: ["2026-12-22T09:00"] },
  });
});
afterAll(async () => {
  await server?.stop();
});

async function feed(community: string) {
  const response = await fetch(`${server.url}/v1/communities/${community}/events.ics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  return response.text();
}

async function addCommunity(id: string, timezone: string) {
  await server.db
    .insertInto("communities")
    .values({ id, name: id, timezone, locale: "zh-CN", address: "", privacy_controller: "", privacy_contact: "" })
    .execute();
}

async function listed(community: string, from: string, to: string) {
  const page = z.parse(Page(Event), await (await fetch(`${server.url}/v1/communities/${community}/events?from=${from}&to=${to}&limit=1000`)).json());
  return page.items.map((event) => ({
    id: event.id,
    seriesId: event.seriesId,
    title: event.title,
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    location: event.location,
    category: event.category,
    capacity: event.capacity,
  }));
}

describe("GET …/events.ics", () => {
  it("is a feed that ical.js reads, with the zone defined and the rules kept", async () => {
    const calendar = new ICAL.Component(ICAL.parse(await feed("taihe")));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("太和社区");
    expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual(["Asia/Shanghai"]);
    const events = calendar.getAllSubcomponents("vevent");
    const taiChi = events.find((event) => event.getFirstPropertyValue("uid") === "tai-chi@taihe.community-kit")!;
    expect(String(taiChi.getFirstPropertyValue("rrule"))).toBe("FREQ=WEEKLY;BYDAY=TU,TH");
    expect(taiChi.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Asia/Shanghai");
    expect(String(taiChi.getFirstPropertyValue("dtstart")).slice(-8)).toBe("07:00:00");
    // Calendar apps show CATEGORIES: the category's name; Community Kit keeps its id beside it.
    expect(taiChi.getFirstPropertyValue("categories")).toBe("课堂");
    expect(taiChi.getFirstPropertyValue("x-community-kit-category")).toBe("class");
    // 重阳 is written out as dates, which every calendar app understands.
    const elders = events.find((event) => event.getFirstPropertyValue("summary") === "重阳敬老宴")!;
    const rdates = elders.getAllProperties("rdate").map((property) => String(property.getFirstValue()).slice(0, 10));
    expect(rdates.slice(0, 2)).toEqual(["2027-10-08", "2028-10-26"]);
    expect(events.length).toBeGreaterThan(50);
  });

  it("gives London's VTIMEZONE both its summer and winter time, and the series its EXDATE", async () => {
    const calendar = new ICAL.Component(ICAL.parse(await feed("riverside")));
    const london = calendar.getFirstSubcomponent("vtimezone")!;
    expect(
      london
        .getAllSubcomponents()
        .map((part) => part.name)
        .sort(),
    ).toEqual(["daylight", "standard"]);
    const yoga = calendar.getAllSubcomponents("vevent").find((event) => event.getFirstPropertyValue("summary") === "Chair yoga")!;
    expect(String(yoga.getFirstPropertyValue("exdate"))).toBe("2026-12-22T09:00:00");
    // ical.js, given the feed's own zone, puts every Tuesday at 09:00 London time.
    ICAL.TimezoneService.register(new ICAL.Timezone(london));
    const iterator = new ICAL.Event(yoga).iterator();
    const starts = Array.from({ length: 4 }, () => iterator.next()!.toJSDate().toISOString());
    expect(starts).toEqual(["2026-03-17T09:00:00.000Z", "2026-03-24T09:00:00.000Z", "2026-03-31T08:00:00.000Z", "2026-04-07T08:00:00.000Z"]);
    ICAL.TimezoneService.remove("Europe/London");
  });

  it("has a per-event .ics for an occurrence and for a series", async () => {
    const occurrence = (await listed("taihe", "2026-01-01", "2099-01-01")).find((event) => event.id.startsWith("tai-chi-"))!;
    const one = await fetch(`${server.url}/v1/communities/taihe/events/${occurrence.id}.ics`);
    expect(one.headers.get("content-disposition")).toBe(`attachment; filename="${occurrence.id}.ics"`);
    const single = new ICAL.Component(ICAL.parse(await one.text())).getFirstSubcomponent("vevent")!;
    expect(single.getFirstPropertyValue("rrule")).toBe(null);
    const series = new ICAL.Component(ICAL.parse(await (await fetch(`${server.url}/v1/communities/taihe/events/tai-chi.ics`)).text()));
    expect(String(series.getFirstSubcomponent("vevent")!.getFirstPropertyValue("rrule"))).toBe("FREQ=WEEKLY;BYDAY=TU,TH");
    expect((await fetch(`${server.url}/v1/communities/taihe/events/nothing-here.ics`)).status).toBe(404);
  });
});

describe("importing a feed", () => {
  it("round trip: a fresh community gets the same events and occurrences", async () => {
    await addCommunity("taihe-copy", "Asia/Shanghai");
    const summary = await importCalendar(server.db, "taihe-copy", await feed("taihe"), testClock.now());
    expect(summary.problems).toEqual([]);
    const from = dayOf(testClock.now(), "Asia/Shanghai");
    const original = await listed("taihe", from, "2029-01-01");
    const copy = await listed("taihe-copy", from, "2029-01-01");
    expect(copy.length).toBeGreaterThan(40);
    expect(copy).toEqual(original);
    // An occurrence of the imported series still to come takes registrations like any other.
    const occurrence = copy.find((event) => event.seriesId === "tai-chi" && Date.parse(event.start) > testClock.now().getTime())!;
    const registered = await fetch(`${server.url}/v1/communities/taihe-copy/events/${occurrence.id}/registrations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "imported-occurrence" },
      body: JSON.stringify({ name: "周阿姨", phone: "13811110000", partySize: 1, consent: true }),
    });
    expect(registered.status, await registered.clone().text()).toBe(201);
  });

  it("is idempotent by UID: a second import updates, never duplicates", async () => {
    await addCommunity("riverside-copy", "Europe/London");
    const text = await feed("riverside");
    const first = await importCalendar(server.db, "riverside-copy", text, testClock.now());
    const again = await importCalendar(server.db, "riverside-copy", text, testClock.now());
    expect(again).toEqual({ created: 0, updated: first.created, problems: [] });
    expect(await listed("riverside-copy", "2026-01-01", "2027-01-01")).toEqual(await listed("riverside", "2026-01-01", "2027-01-01"));
  });

  it("reads another program's feed: its own zone names, extra dates, changed occurrences, and says what it left out", async () => {
    await addCommunity("outlook", "Asia/Shanghai");
    const outlook = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
      "BEGIN:VTIMEZONE",
      "TZID:China Standard Time",
      "BEGIN:STANDARD",
      "DTSTART:16010101T000000",
      "TZOFFSETFROM:+0800",
      "TZOFFSETTO:+0800",
      "END:STANDARD",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:040000008200E00074C5B7101A82E0080000000010",
      "SUMMARY:社区合唱团排练",
      "DTSTART;TZID=China Standard Time:20270105T190000",
      "DTEND;TZID=China Standard Time:20270105T203000",
      "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4",
      "RDATE;TZID=China Standard Time:20270130T150000",
      "LOCATION:多功能室，太和路 88 号",
      "CATEGORIES:合唱",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:040000008200E00074C5B7101A82E0080000000010",
      "RECURRENCE-ID;TZID=China Standard Time:20270112T190000",
      "SUMMARY:社区合唱团排练（改在礼堂）",
      "DTSTART;TZID=China Standard Time:20270112T193000",
      "DTEND;TZID=China Standard Time:20270112T210000",
      "LOCATION:礼堂",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:no-title@example.org",
      "DTSTART:20270101T010000Z",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const summary = await importCalendar(server.db, "outlook", outlook, testClock.now());
    expect(summary).toMatchObject({ created: 4, updated: 0 });
    // An event without a SUMMARY is valid iCalendar: it is taken, titled in the community's language, and said so.
    expect(summary.problems).toEqual([
      { uid: "no-title@example.org", line: expect.any(Number), message: expect.stringMatching(/has no SUMMARY: titled "未命名活动"$/) },
    ]);
    const events = await listed("outlook", "2027-01-01", "2027-02-01");
    expect(events.map((event) => [event.title, event.start, event.location.name])).toEqual([
      ["未命名活动", "2027-01-01T09:00:00+08:00", "—"],
      ["社区合唱团排练", "2027-01-05T19:00:00+08:00", "多功能室"],
      ["社区合唱团排练（改在礼堂）", "2027-01-12T19:30:00+08:00", "礼堂"],
      ["社区合唱团排练", "2027-01-19T19:00:00+08:00", "多功能室"],
      ["社区合唱团排练", "2027-01-26T19:00:00+08:00", "多功能室"],
      ["社区合唱团排练", "2027-01-30T15:00:00+08:00", "多功能室"],
    ]);
    expect(events[1]!.location.address).toBe("太和路 88 号");
    const community = await (await fetch(`${server.url}/v1/communities/outlook`)).json();
    expect(community.categories.map((category: { name: string }) => category.name)).toContain("合唱");
  });

  it("imports nothing from a file that is not iCalendar", async () => {
    await expect(importCalendar(server.db, "outlook", "this is a spreadsheet", testClock.now())).rejects.toThrow("Not an iCalendar file");
  });
});
