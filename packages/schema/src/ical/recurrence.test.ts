import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  InvalidRecurrence,
  gregorianOfLunar,
  occurrenceAt,
  occurrenceId,
  occurrencesBetween,
  parseOccurrenceId,
  parseRecurrence,
  seriesEnd,
} from "./recurrence.js";

const london = { start: new Date("2026-03-17T09:00:00Z"), end: new Date("2026-03-17T10:30:00Z"), allDay: false, timeZone: "Europe/London" };

describe("occurrencesBetween", () => {
  it("keeps a London class at 09:00 on both sides of the clocks going forward and back", () => {
    const weekly = { rrule: "FREQ=WEEKLY;BYDAY=TU" };
    const spring = occurrencesBetween(london, weekly, new Date("2026-03-20T00:00:00Z"), new Date("2026-04-05T00:00:00Z"), 100);
    expect(spring.map((occurrence) => occurrence.start.toISOString())).toEqual(["2026-03-24T09:00:00.000Z", "2026-03-31T08:00:00.000Z"]);
    expect(spring.map((occurrence) => occurrence.recurrenceId)).toEqual(["2026-03-24T09:00", "2026-03-31T09:00"]);
    expect(spring[1]!.end.toISOString()).toBe("2026-03-31T09:30:00.000Z");
    const autumn = occurrencesBetween(london, weekly, new Date("2026-10-20T00:00:00Z"), new Date("2026-11-01T00:00:00Z"), 100);
    expect(autumn.map((occurrence) => occurrence.start.toISOString())).toEqual(["2026-10-20T08:00:00.000Z", "2026-10-27T09:00:00.000Z"]);
  });

  it("leaves out the EXDATEs and stops at COUNT", () => {
    const shanghai = { start: new Date("2026-06-02T01:00:00Z"), end: new Date("2026-06-02T02:30:00Z"), allDay: false, timeZone: "Asia/Shanghai" };
    const rule = { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=4", exdates: ["2026-06-09T09:00"] };
    const all = occurrencesBetween(shanghai, rule, new Date("2026-01-01T00:00:00Z"), undefined, 100);
    expect(all.map((occurrence) => occurrence.recurrenceId)).toEqual(["2026-06-02T09:00", "2026-06-16T09:00", "2026-06-23T09:00"]);
    expect(seriesEnd(shanghai, rule)!.toISOString()).toBe("2026-06-23T02:30:00.000Z");
    expect(seriesEnd(shanghai, { rrule: "FREQ=WEEKLY" })).toBe(null);
  });

  it("repeats all-day events by days, and answers at most `max`", () => {
    const fair = { start: new Date("2026-05-31T16:00:00Z"), end: new Date("2026-06-02T16:00:00Z"), allDay: true, timeZone: "Asia/Shanghai" };
    const [first, second] = occurrencesBetween(fair, { rrule: "FREQ=MONTHLY" }, new Date("2026-06-01T00:00:00Z"), undefined, 2);
    expect(first).toEqual({ recurrenceId: "2026-06-01", start: new Date("2026-05-31T16:00:00Z"), end: new Date("2026-06-02T16:00:00Z") });
    expect(second!.recurrenceId).toBe("2026-07-01");
  });

  it("finds every 中秋 and 重阳 on its Gregorian date", () => {
    const elders = { start: new Date("2026-10-18T02:00:00Z"), end: new Date("2026-10-18T04:00:00Z"), allDay: false, timeZone: "Asia/Shanghai" };
    const parties = occurrencesBetween(elders, { lunar: "09-09" }, new Date("2026-01-01T00:00:00Z"), new Date("2029-01-01T00:00:00Z"), 10);
    expect(parties.map((occurrence) => occurrence.recurrenceId)).toEqual(["2026-10-18T10:00", "2027-10-08T10:00", "2028-10-26T10:00"]);
    expect(gregorianOfLunar(2026, 8, 15)).toEqual({ year: 2026, month: 9, day: 25 });
    expect(gregorianOfLunar(2027, 8, 15)).toEqual({ year: 2027, month: 9, day: 15 });
    expect(gregorianOfLunar(2026, 1, 1)).toEqual({ year: 2026, month: 2, day: 17 });
  });
});

describe("a series begun long ago", () => {
  // Shanghai kept local mean time (+08:05:43) until 1901; London kept GMT.
  const since1900 = { start: new Date("1900-01-01T09:00:00Z"), end: new Date("1900-01-01T10:00:00Z"), allDay: false, timeZone: "Europe/London" };

  it("shows its occurrences in any window, however early it starts, in a few steps", () => {
    const started = performance.now();
    const january = occurrencesBetween(since1900, { rrule: "FREQ=DAILY" }, new Date("2027-01-01T00:00:00Z"), new Date("2027-02-01T00:00:00Z"), 100);
    expect(performance.now() - started).toBeLessThan(50);
    expect(january).toHaveLength(31);
    expect(january[0]!.recurrenceId).toBe("2027-01-01T09:00");
    expect(occurrenceAt(since1900, { rrule: "FREQ=DAILY" }, "2027-06-15T09:00")?.start.toISOString()).toBe("2027-06-15T08:00:00.000Z");
    // UNTIL far from the start: the last occurrence, not the 20,000th.
    expect(seriesEnd(since1900, { rrule: "FREQ=DAILY;UNTIL=20301231T235959Z" })!.toISOString()).toBe("2030-12-31T10:00:00.000Z");
    expect(seriesEnd(since1900, { rrule: "FREQ=DAILY;BYMONTH=1;UNTIL=20300630" })!.toISOString()).toBe("2030-01-31T10:00:00.000Z");
  });

  it("gives in every window exactly what stepping from its start gives", () => {
    const rules = fc.oneof(
      fc.record({ freq: fc.constant("DAILY"), extra: fc.constantFrom("", ";BYMONTH=2,8", ";BYDAY=SA,SU", ";BYMONTHDAY=31") }),
      fc.record({ freq: fc.constant("WEEKLY"), extra: fc.constantFrom("", ";BYDAY=TU,TH", ";BYDAY=MO;WKST=SU", ";BYDAY=SU,SA;WKST=MO") }),
      fc.record({ freq: fc.constant("MONTHLY"), extra: fc.constantFrom("", ";BYDAY=2TU", ";BYDAY=-1FR", ";BYMONTHDAY=31", ";BYMONTHDAY=1,15;BYSETPOS=-1") }),
      fc.record({ freq: fc.constant("YEARLY"), extra: fc.constantFrom("", ";BYMONTH=6;BYDAY=3SU", ";BYMONTH=2;BYMONTHDAY=28,29", ";BYWEEKNO=1;BYDAY=MO") }),
    );
    const property = fc.property(
      rules,
      fc.integer({ min: 1, max: 4 }),
      fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2010-12-31T00:00:00Z"), noInvalidDate: true }),
      fc.constantFrom("Asia/Shanghai", "Europe/London", "America/New_York"),
      fc.boolean(),
      fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }),
      (rule, interval, start, timeZone, allDay, from) => {
        const series = { start, end: new Date(start.getTime() + (allDay ? 2 * 86_400_000 : 5_400_000)), allDay, timeZone };
        const recurrence = { rrule: `FREQ=${rule.freq};INTERVAL=${interval}${rule.extra}` };
        const to = new Date(from.getTime() + 40 * 86_400_000);
        const fromTheStart = occurrencesBetween(series, recurrence, series.start, to, 100_000).filter((occurrence) => occurrence.end > from);
        expect(occurrencesBetween(series, recurrence, from, to, 100_000)).toEqual(fromTheStart);
      },
    );
    fc.assert(property, { seed: 20261205, numRuns: 150 });
  });
});

describe("occurrence ids", () => {
  it("are slugs that name their series and wall time", () => {
    expect(occurrenceId("tai-chi", "2026-11-24T09:00")).toBe("tai-chi-20261124t0900");
    expect(parseOccurrenceId("tai-chi-20261124t0900")).toEqual({ seriesId: "tai-chi", recurrenceId: "2026-11-24T09:00" });
    expect(parseOccurrenceId("fair-20260601")).toEqual({ seriesId: "fair", recurrenceId: "2026-06-01" });
    expect(parseOccurrenceId("calligraphy")).toBe(undefined);
  });

  it("lead to an occurrence only where the series has one", () => {
    expect(occurrenceAt(london, { rrule: "FREQ=WEEKLY;BYDAY=TU" }, "2026-03-31T09:00")?.start.toISOString()).toBe("2026-03-31T08:00:00.000Z");
    expect(occurrenceAt(london, { rrule: "FREQ=WEEKLY;BYDAY=TU" }, "2026-04-01T09:00")).toBe(undefined);
    expect(occurrenceAt(london, { rrule: "FREQ=WEEKLY;BYDAY=TU", exdates: ["2026-03-31T09:00"] }, "2026-03-31T09:00")).toBe(undefined);
  });
});

describe("parseRecurrence", () => {
  it.each([
    [{}, "either"],
    [{ rrule: "FREQ=WEEKLY", lunar: "08-15" }, "either"],
    [{ rrule: "FREQ=SECONDLY" }, "FREQ"],
    [{ rrule: "not a rule" }, "FREQ"],
    [{ lunar: "13-01" }, "lunar"],
    [{ rrule: "FREQ=DAILY", exdates: ["tomorrow"] }, "EXDATE"],
    [{ rrule: "FREQ=DAILY;COUNT=1001" }, "COUNT"],
  ])("refuses %j", (recurrence, message) => {
    expect(() => parseRecurrence(recurrence)).toThrow(InvalidRecurrence);
    expect(() => parseRecurrence(recurrence)).toThrow(message);
  });
});
