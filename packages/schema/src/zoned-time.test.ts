import { describe, expect, it } from "vitest";
import { dayOf, formatInstantIn, instantOfWallTime, offsetMinutesAt, startOfDayIn, wallTimeOf } from "./zoned-time.js";

describe("zoned time", () => {
  it("places 23:30 Shanghai time on its Shanghai day and 00:30 on the next", () => {
    const instant = new Date("2026-11-24T15:30:00Z");
    expect(dayOf(instant, "Asia/Shanghai")).toBe("2026-11-24");
    expect(wallTimeOf(instant, "Asia/Shanghai")).toMatchObject({ hour: 23, minute: 30 });
    expect(dayOf(instant, "UTC")).toBe("2026-11-24");
    expect(dayOf(new Date("2026-11-24T16:30:00Z"), "Asia/Shanghai")).toBe("2026-11-25");
  });

  it("finds the start of a day and formats with the zone's offset", () => {
    expect(startOfDayIn("2026-06-19", "Asia/Shanghai").toISOString()).toBe("2026-06-18T16:00:00.000Z");
    expect(formatInstantIn(new Date("2026-06-18T16:00:00Z"), "Asia/Shanghai")).toBe("2026-06-19T00:00:00+08:00");
    expect(formatInstantIn(new Date("2026-06-18T16:00:00Z"), "America/New_York")).toBe("2026-06-18T12:00:00-04:00");
  });

  it("handles daylight-saving changes", () => {
    expect(offsetMinutesAt(new Date("2026-01-15T12:00:00Z"), "Europe/London")).toBe(0);
    expect(offsetMinutesAt(new Date("2026-07-15T12:00:00Z"), "Europe/London")).toBe(60);
    // 2026-03-29 01:30 does not exist in London; like Temporal's "compatible", it moves forward to 02:30 BST.
    expect(instantOfWallTime({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, "Europe/London").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(instantOfWallTime({ year: 2026, month: 7, day: 1, hour: 9 }, "Europe/London").toISOString()).toBe("2026-07-01T08:00:00.000Z");
  });

  it("reads skipped and repeated times as Temporal's compatible does, in zones east and west", () => {
    const instant = (zone: string, year: number, month: number, day: number, hour = 0, minute = 0) =>
      instantOfWallTime({ year, month, day, hour, minute }, zone).toISOString();
    // Santiago skips 2026-09-06 00:00–01:00 (−04 to −03): the day begins at 01:00, not 23:00 the day before.
    expect(instant("America/Santiago", 2026, 9, 6)).toBe("2026-09-06T04:00:00.000Z");
    expect(startOfDayIn("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(dayOf(startOfDayIn("2026-09-06", "America/Santiago"), "America/Santiago")).toBe("2026-09-06");
    // New York skips 02:00–03:00 on 2026-03-08: 02:30 is 03:30 EDT. It repeats 01:00–02:00 on 2026-11-01: 01:30 is the first, EDT.
    expect(instant("America/New_York", 2026, 3, 8, 2, 30)).toBe("2026-03-08T07:30:00.000Z");
    expect(instant("America/New_York", 2026, 11, 1, 1, 30)).toBe("2026-11-01T05:30:00.000Z");
    // London repeats 01:00–02:00 on 2026-10-25: 01:30 is the first, BST.
    expect(instant("Europe/London", 2026, 10, 25, 1, 30)).toBe("2026-10-25T00:30:00.000Z");
    // Lord Howe moves half an hour: 02:00–02:30 skipped on 2026-10-04 (+10:30 to +11), 01:30–02:00 repeated on 2026-04-05.
    expect(instant("Australia/Lord_Howe", 2026, 10, 4, 2, 15)).toBe("2026-10-03T15:45:00.000Z");
    expect(instant("Australia/Lord_Howe", 2026, 4, 5, 1, 45)).toBe("2026-04-04T14:45:00.000Z");
    expect(instant("Asia/Shanghai", 2026, 9, 6)).toBe("2026-09-05T16:00:00.000Z");
    // Every quarter hour of those days reads back as itself, where it exists.
    for (const [zone, day] of [
      ["America/Santiago", "2026-09-06"],
      ["America/Santiago", "2026-04-05"],
      ["America/New_York", "2026-03-08"],
      ["Europe/London", "2026-03-29"],
      ["Australia/Lord_Howe", "2026-10-04"],
    ] as const) {
      const [year, month, date] = day.split("-").map(Number) as [number, number, number];
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const at = instantOfWallTime({ year, month, day: date, hour: Math.floor(minutes / 60), minute: minutes % 60 }, zone);
        const back = wallTimeOf(at, zone);
        const skipped = back.hour * 60 + back.minute !== minutes;
        // A skipped time lands later than asked, by the gap, and still on its day.
        if (skipped) expect(back.hour * 60 + back.minute, `${zone} ${day} ${minutes}`).toBeGreaterThan(minutes);
        expect(dayOf(at, zone), `${zone} ${day} ${minutes}`).toBe(day);
      }
    }
  });
});

describe("chineseDateOf", () => {
  it("gives lunar New Year, Dragon Boat and a leap month", async () => {
    const { chineseDateOf } = await import("./chinese-calendar.js");
    expect(chineseDateOf("2026-02-17")).toEqual({ month: 1, leap: false, day: 1 });
    expect(chineseDateOf("2026-06-19")).toEqual({ month: 5, leap: false, day: 5 });
    expect(chineseDateOf("2025-07-25")).toEqual({ month: 6, leap: true, day: 1 });
  });
});

describe("formatInstantIn", () => {
  it("writes the wall time Intl reads and the offset of the moment, on both sides of a clock change", async () => {
    const { formatInstantIn, offsetMinutesAt, wallTimeOf } = await import("./zoned-time.js");
    const two = (n: number) => String(n).padStart(2, "0");
    for (let time = Date.parse("2026-03-28T00:00:00Z"); time < Date.parse("2026-03-30T00:00:00Z"); time += 15 * 60_000) {
      const instant = new Date(time);
      const wall = wallTimeOf(instant, "Europe/London");
      const offset = offsetMinutesAt(instant, "Europe/London");
      const expected = `${wall.year}-${two(wall.month)}-${two(wall.day)}T${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}+${two(offset / 60)}:00`;
      expect(formatInstantIn(instant, "Europe/London")).toBe(expected);
    }
  });
});
