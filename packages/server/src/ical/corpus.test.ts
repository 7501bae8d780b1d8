import { readFileSync } from "node:fs";
import { UnreadableCalendar } from "@community-kit/schema/ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoServer, startDemoServer, testClock } from "../test-support/demo-server.js";
import { importCalendar } from "./import-calendar.js";

// Files written by Outlook, Exchange, Google, Apple, Zimbra, khal and others, taken from other
// projects' public test suites (corpus/SOURCES.md): what each imports, and the problems it lists.

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer(testClock.now());
});
afterAll(() => server.stop());

let communities = 0;
/** A fresh community in Shanghai's zone, so that each file is imported on its own. */
async function freshCommunity(): Promise<string> {
  const id = `corpus-${++communities}`;
  await server.db
    .insertInto("communities")
    .values({ id, name: id, timezone: "Asia/Shanghai", locale: "zh-CN", address: "", privacy_controller: "", privacy_contact: "" })
    .execute();
  return id;
}

const file = (name: string) => readFileSync(new URL(`./corpus/${name}`, import.meta.url));

async function imported(name: string) {
  const community = await freshCommunity();
  const summary = await importCalendar(server.db, community, file(name), testClock.now());
  const rows = await server.db
    .selectFrom("events")
    .select(["title", "start_at", "end_at", "status", "recurrence", "all_day"])
    .where("community_id", "=", community)
    .orderBy("start_at")
    .execute();
  return { community, summary, rows, problems: summary.problems.map((problem) => problem.message) };
}

/** file, events stored, a title among them, and what each problem listed says (in order). */
const TAKEN: Array<[string, number, string, RegExp[]]> = [
  ["outlook-2007-line-folds.ics", 1, "Example Calendar Export that Blows Up DDay.iCal", []],
  ["outlook-2003-recurrence.ics", 1, "NIP", []],
  ["windows-calendar-tokyo.ics", 2, "Saturday Job", []],
  ["apple-ical-us-holidays.ics", 36, "Martin Luther King, Jr. Day", []],
  ["mozilla-russian-holidays.ics", 9, "Рождество Христово", []],
  ["exchange-2010-timezone.ics", 1, "Test 4", []],
  ["google-x-location.ics", 1, "Daily Sync", []],
  ["google-daily-recur.ics", 1, "Every day recurring", []],
  ["google-birthday.ics", 6, "PErson #2's birthday", []],
  ["zimbra-recur-instances.ics", 7, "Crazy Event Thingy!", []],
  ["zimbra-multiple-rrules.ics", 1, "sahaja <> frashed", []],
  ["khal-no-end.ics", 1, "Test", []],
  ["extra-semicolons.ics", 1, "An Event with too many semicolons", []],
  ["khal-rdate-no-vcalendar.ics", 2, "An Event", [/not inside a VCALENDAR/]],
  ["rdate-period.ics", 2, "RDATE period", [/not inside a VCALENDAR/]],
  ["stray-line.ics", 1, "Broken Eevnt", [/^Skipped line 13: not an iCalendar property$/, /^The event at line 4 has no UID: named derived-/]],
  [
    "google-broken-exdate.ics",
    1,
    "未命名活动",
    [/^The event at line 6 has no UID/, /^The event at line 6 has no SUMMARY: titled "未命名活动"$/, /^Left out the event at line 13: /],
  ],
  ["exchange-cdo-byday-spaces.ics", 0, "", [/^Left out the event at line 20: invalid BYDAY value " TU"$/]],
  ["broken-dtstart.ics", 0, "", [/^Left out the event at line 4: invalid date-time value/]],
  ["invalid-rrule-freq.ics", 0, "", [/^Left out the event at line 4: invalid frequency/]],
  ["cut-off.ics", 0, "", [/ends before END:VCALENDAR/, /^Left out the event at line 2: it has no DTSTART$/]],
  ["bom-empty.ics", 0, "", []],
  ["chinese-days-holidays.gbk.ics", 41, "国庆节(休)", [/^Read the file as GB18030: it is not UTF-8, names no charset, and is clearly GB18030$/]],
];

describe("real-world iCalendar files", () => {
  it.each(TAKEN)("%s: %i events taken, and the problems listed", async (name, count, title, problems) => {
    const { summary, rows, problems: listed } = await imported(name);
    expect(rows).toHaveLength(count);
    expect(summary.created).toBe(count);
    if (title) expect(rows.map((row) => row.title)).toContain(title);
    expect(listed).toHaveLength(problems.length);
    for (const [index, pattern] of problems.entries()) expect(listed[index]).toMatch(pattern);
  });

  it("import again to the same events, those without a UID too: updated, never doubled", async () => {
    for (const name of ["stray-line.ics", "google-broken-exdate.ics", "chinese-days-holidays.gbk.ics"]) {
      const community = await freshCommunity();
      const first = await importCalendar(server.db, community, file(name), testClock.now());
      const again = await importCalendar(server.db, community, file(name), testClock.now());
      expect(again, name).toMatchObject({ created: 0, updated: first.created });
    }
  });

  it("keep what the programs meant: a cancelled occurrence, a period's own length, GBK's Chinese", async () => {
    const khal = await imported("khal-cancelled-occurrence.ics");
    expect(khal.rows.map((row) => row.status)).toEqual(["scheduled", "scheduled", "cancelled"]);
    // RDATE;VALUE=PERIOD:19970101T180000Z/19970102T070000Z: 13 hours, not the master's 4.
    const period = (await imported("rdate-period.ics")).rows.find((row) => row.start_at.startsWith("1997-01-01"))!;
    expect(period.end_at).toBe("1997-01-02T07:00:00.000Z");
    const holidays = await imported("chinese-days-holidays.gbk.ics");
    expect(holidays.rows.filter((row) => row.title.startsWith("春节"))).not.toHaveLength(0);
  });

  it("refuse a file whose charset is neither named nor clear, saying so, and store nothing", async () => {
    const community = await freshCommunity();
    const refusal = await importCalendar(server.db, community, file("mozilla-russian-holidays.cp1251.ics"), testClock.now()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnreadableCalendar);
    expect((refusal as Error).message).toMatch(/^The file is not UTF-8 \(line 9 has bytes that are not\) and names no charset\./);
    expect(await server.db.selectFrom("events").select("id").where("community_id", "=", community).execute()).toEqual([]);
  });
});
