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
    expect(instantOfWallTime({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, "Europe/London").toISOString()).toBe(
      "2026-03-29T01:30:00.000Z",
    );
    expect(instantOfWallTime({ year: 2026, month: 7, day: 1, hour: 9 }, "Europe/London").toISOString()).toBe("2026-07-01T08:00:00.000Z");
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
