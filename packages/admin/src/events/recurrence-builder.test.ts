import { occurrencesBetween } from "@community-kit/schema/ical";
import { describe, expect, it } from "vitest";
import { type RecurrenceChoice, choiceOf, nthOf, repeatOfKind, ruleOf, weekdayOf } from "./recurrence-builder.js";

const never = { kind: "never" } as const;

/** The first `count` start days of a rule for a series first held on `firstDay` at 09:00 in Shanghai. */
function days(rule: ReturnType<typeof ruleOf>, firstDay: string, count: number): string[] {
  const start = new Date(`${firstDay}T01:00:00Z`);
  const series = { start, end: new Date(start.getTime() + 3_600_000), allDay: false, timeZone: "Asia/Shanghai" };
  return occurrencesBetween(series, rule!, start, undefined, count).map((occurrence) => occurrence.recurrenceId.slice(0, 10));
}

describe("the recurrence builder", () => {
  it("reads a day's weekday, which of it in the month, and its lunar date", () => {
    expect(weekdayOf("2026-12-08")).toBe("TU");
    expect(nthOf("2026-12-05")).toBe(1);
    expect(nthOf("2026-12-26")).toBe(4);
    expect(nthOf("2026-10-31")).toBe(-1);
    // 2026-10-18 is 九月初九 (重阳), 2026-10-19 九月初十.
    expect(repeatOfKind("lunar", "2026-10-18")).toEqual({ kind: "lunar", month: 9, day: 9 });
    expect(repeatOfKind("lunar", "2026-10-19")).toEqual({ kind: "lunar", month: 9, day: 10 });
  });

  it("makes every Tuesday and Thursday, and the server's own expansion gives those days", () => {
    const rule = ruleOf({ repeat: { kind: "weekly", interval: 1, days: ["TH", "TU"] }, end: never, exceptions: [] }, "2026-12-08", "09:00", false);
    expect(rule).toEqual({ rrule: "FREQ=WEEKLY;BYDAY=TU,TH" });
    expect(days(rule, "2026-12-08", 4)).toEqual(["2026-12-08", "2026-12-10", "2026-12-15", "2026-12-17"]);
  });

  it("makes the first Saturday of the month, to a last day that is itself held", () => {
    const rule = ruleOf(
      { repeat: { kind: "monthly-weekday", nth: 1, weekday: "SA" }, end: { kind: "until", date: "2027-03-06" }, exceptions: [] },
      "2026-12-05",
      "09:00",
      false,
    );
    expect(rule!.rrule).toBe("FREQ=MONTHLY;BYDAY=1SA;UNTIL=20270306T235959Z");
    expect(days(rule, "2026-12-05", 10)).toEqual(["2026-12-05", "2027-01-02", "2027-02-06", "2027-03-06"]);
  });

  it("makes every year on 九月初九, and leaves out the days excepted, at the series' time", () => {
    const rule = ruleOf({ repeat: { kind: "lunar", month: 9, day: 9 }, end: never, exceptions: ["2027-10-08"] }, "2026-10-18", "09:00", false);
    expect(rule).toEqual({ lunar: "09-09", exdates: ["2027-10-08T09:00"] });
    expect(days(rule, "2026-10-18", 2)).toEqual(["2026-10-18", "2028-10-26"]);
  });

  it("counts a number of times, and writes an all-day series' end as a date", () => {
    expect(ruleOf({ repeat: { kind: "daily", interval: 2 }, end: { kind: "count", count: 5 }, exceptions: [] }, "2026-12-05", "", true)).toEqual({
      rrule: "FREQ=DAILY;INTERVAL=2;COUNT=5",
    });
    expect(ruleOf({ repeat: { kind: "yearly" }, end: { kind: "until", date: "2030-01-01" }, exceptions: ["2027-12-05"] }, "2026-12-05", "", true)).toEqual({
      rrule: "FREQ=YEARLY;UNTIL=20300101",
      exdates: ["2027-12-05"],
    });
    expect(ruleOf({ repeat: { kind: "none" }, end: never, exceptions: [] }, "2026-12-05", "09:00", false)).toBeNull();
  });

  it("reads back every rule it makes, and leaves a rule it cannot show as it is", () => {
    const choices: RecurrenceChoice[] = [
      { repeat: { kind: "weekly", interval: 2, days: ["TU", "TH"] }, end: { kind: "count", count: 8 }, exceptions: ["2026-12-10"] },
      { repeat: { kind: "monthly-weekday", nth: -1, weekday: "FR" }, end: { kind: "until", date: "2027-06-30" }, exceptions: [] },
      { repeat: { kind: "monthly-day" }, end: never, exceptions: [] },
      { repeat: { kind: "lunar", month: 1, day: 15 }, end: never, exceptions: [] },
      { repeat: { kind: "none" }, end: never, exceptions: [] },
    ];
    for (const choice of choices) expect(choiceOf(ruleOf(choice, "2026-12-08", "09:00", false))).toEqual(choice);
    expect(choiceOf({ rrule: "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1" })).toBeUndefined();
    expect(choiceOf({ rrule: "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU" })).toBeUndefined();
  });
});
