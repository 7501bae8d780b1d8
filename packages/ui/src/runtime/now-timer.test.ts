import { describe, expect, it } from "vitest";
import { nextMinute } from "./now-timer.js";
import { nextMidnight } from "../calendar/zoned-days.js";

describe("the next step of now", () => {
  it("is the start of the next minute", () => {
    expect(nextMinute(new Date("2026-12-05T21:06:04.250Z")).toISOString()).toBe("2026-12-05T21:07:00.000Z");
    expect(nextMinute(new Date("2026-12-05T21:06:00.000Z")).toISOString()).toBe("2026-12-05T21:07:00.000Z");
  });

  it("is the next midnight in the zone asked, whatever the machine's", () => {
    expect(nextMidnight(new Date("2026-12-05T15:59:59Z"), "Asia/Shanghai").toISOString()).toBe("2026-12-05T16:00:00.000Z");
    expect(nextMidnight(new Date("2026-12-05T16:00:00Z"), "Asia/Shanghai").toISOString()).toBe("2026-12-06T16:00:00.000Z");
    expect(nextMidnight(new Date("2026-12-05T16:00:00Z"), "America/New_York").toISOString()).toBe("2026-12-06T05:00:00.000Z");
  });

  it("is the first instant of a day whose midnight a clock change skips", () => {
    // Santiago, 2026-09-06: clocks go from 00:00 to 01:00, so the day begins at 04:00 UTC.
    expect(nextMidnight(new Date("2026-09-06T02:00:00Z"), "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });
});
