import { describe, expect, it } from "vitest";
import { getLunarDate, getLunarFestivals } from "chinese-days";
import { chineseDayLabels } from "./chinese-day-labels.js";
import { monthGrid } from "./month-grid.js";
import { addDays, addMonths, daysBetween, isPlainDate, isoWeekday } from "./plain-date.js";
import { type DaySpan, layoutMonth } from "./week-layout.js";
import { firstDayOfWeek } from "./week-info.js";
import { zonedClock, zonedDay } from "./zoned-days.js";

describe("plain dates", () => {
  it("adds days and months across month and year ends, clamping to the month's last day", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(daysBetween("2026-02-17", "2026-03-03")).toBe(14);
    expect(isoWeekday("2026-06-19")).toBe(5);
    expect(isPlainDate("2026-02-29")).toBe(false);
    expect(isPlainDate("2028-02-29")).toBe(true);
  });
});

describe("monthGrid", () => {
  it.each([
    ["2026-06-19", 1, "2026-06-01", "2026-07-13"],
    ["2026-06-19", 7, "2026-05-31", "2026-07-12"],
    ["2026-02-10", 1, "2026-01-26", "2026-03-09"],
    ["2026-11-23", 1, "2026-10-26", "2026-12-07"],
  ])("shows %s starting on weekday %i from %s", (date, firstDay, first, end) => {
    const grid = monthGrid(date, firstDay);
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    expect(grid.first).toBe(first);
    expect(grid.end).toBe(end);
    expect(isoWeekday(grid.first)).toBe(firstDay);
  });

  it("counts its days on one by one as date-fns does, in every month from 1970 to 2100", () => {
    const wrong: string[] = [];
    for (let month = "1970-01-01"; month < "2100-01-01"; month = addMonths(month, 1)) {
      const grid = monthGrid(month, 1);
      const expected = Array.from({ length: 42 }, (_, index) => addDays(grid.first, index));
      if (grid.weeks.flat().join() !== expected.join() || grid.end !== addDays(grid.first, 42)) wrong.push(month);
    }
    expect(wrong).toEqual([]);
  });
});

describe("firstDayOfWeek", () => {
  it("starts the week on Monday for zh-CN and en-GB, Sunday for zh-TW and en-US", () => {
    expect(firstDayOfWeek("zh-CN")).toBe(1);
    expect(firstDayOfWeek("en-GB")).toBe(1);
    expect(firstDayOfWeek("zh-TW")).toBe(7);
    expect(firstDayOfWeek("en-US")).toBe(7);
  });
});

describe("zonedDay", () => {
  it("puts 23:30 Shanghai on its Shanghai day whatever the host's zone", () => {
    const instant = new Date("2026-06-18T15:30:00Z");
    expect(zonedDay(instant, "Asia/Shanghai")).toBe("2026-06-18");
    expect(zonedClock(instant, "Asia/Shanghai")).toBe("23:30");
    expect(zonedDay(new Date("2026-06-18T16:00:00Z"), "Asia/Shanghai")).toBe("2026-06-19");
    expect(zonedDay(instant, "America/Los_Angeles")).toBe("2026-06-18");
    expect(zonedClock(new Date("2026-03-29T00:59:00Z"), "Europe/London")).toBe("00:59");
    expect(zonedClock(new Date("2026-03-29T01:00:00Z"), "Europe/London")).toBe("02:00");
  });
});

function span(title: string, startDay: string, lastDay: string, allDay = false): DaySpan {
  return { title, startDay, lastDay, allDay, startTime: Date.parse(`${startDay}T09:00:00Z`) };
}

describe("layoutMonth", () => {
  const grid = monthGrid("2026-06-01", 1);

  it("splits a multi-day event at the week boundary and marks the continuation", () => {
    const festival = span("邻里节", "2026-06-06", "2026-06-09", true);
    const weeks = layoutMonth(grid, [festival], 3);
    expect(weeks[0]!.segments).toEqual([{ item: festival, column: 5, span: 2, lane: 0, continuesBefore: false, continuesAfter: true }]);
    expect(weeks[1]!.segments).toEqual([{ item: festival, column: 0, span: 2, lane: 0, continuesBefore: true, continuesAfter: false }]);
    expect(weeks[1]!.dayItems[1]).toEqual([festival]);
  });

  it("gives the longer span the top lane and stacks same-day events below", () => {
    const short = span("书法", "2026-06-02", "2026-06-02");
    const long = span("义诊周", "2026-06-02", "2026-06-04", true);
    const weeks = layoutMonth(grid, [short, long], 3);
    expect(weeks[0]!.segments.map((segment) => [segment.item.title, segment.lane])).toEqual([
      ["义诊周", 0],
      ["书法", 1],
    ]);
  });

  it("reuses a lane once the earlier event has ended", () => {
    const monday = span("a", "2026-06-01", "2026-06-01");
    const wednesday = span("b", "2026-06-03", "2026-06-03");
    expect(layoutMonth(grid, [monday, wednesday], 3)[0]!.segments.map((segment) => segment.lane)).toEqual([0, 0]);
  });

  it("counts what does not fit into the visible lanes per day", () => {
    const many = ["a", "b", "c", "d", "e"].map((title) => span(title, "2026-06-10", "2026-06-10"));
    const week = layoutMonth(grid, many, 3)[1]!;
    expect(week.segments).toHaveLength(3);
    expect(week.hiddenCounts).toEqual([0, 0, 5 - 3, 0, 0, 0, 0]);
    expect(week.dayItems[2]!.map((item) => item.title)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("leaves out events outside the six weeks", () => {
    expect(layoutMonth(grid, [span("x", "2026-08-01", "2026-08-01")], 3).every((week) => week.segments.length === 0)).toBe(true);
  });
});

describe("chineseDayLabels", () => {
  const SHOWN_FESTIVALS: Record<string, string> = {
    春节: "春节",
    除夕: "除夕",
    元宵节: "元宵",
    端午节: "端午",
    乞巧节: "七夕",
    中秋节: "中秋",
    重阳节: "重阳",
    腊八节: "腊八",
  };
  const LUNAR_MONTHS = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "腊"];
  const label = (day: string, script: "Hans" | "Hant" = "Hans") => chineseDayLabels(day, day, [day], script).get(day)!;

  it("gives the lunar day, the month on its first day, and leap months", () => {
    expect(label("2026-03-04").lunar).toBe("十六");
    expect(label("2026-02-17").lunar).toBe("正月");
    expect(label("2026-02-17").lunarDate).toBe("正月初一");
    expect(label("2026-06-19").lunarDate).toBe("五月初五");
    expect(label("2025-07-25").lunar).toBe("闰六月");
    expect(label("2025-07-25", "Hant").lunar).toBe("閏六月");
  });

  it("takes 休/班 of a year from the official days the community set, when it set any for that year", () => {
    const official = [
      { date: "2026-10-05", kind: "rest" as const, name: "国庆节" },
      { date: "2027-02-07", kind: "rest" as const, name: "春节" },
      { date: "2027-02-20", kind: "work" as const, name: "春节" },
    ];
    const labels = chineseDayLabels("2026-10-01", "2027-02-20", ["2026-10-01", "2026-10-05", "2027-02-07", "2027-02-08", "2027-02-20"], "Hant", official);
    // The bundled schedule has 2026-10-01 as 国庆节; the community's 2026 replaces it whole.
    expect(labels.get("2026-10-01")!.holiday).toBeUndefined();
    expect(labels.get("2026-10-05")!.holiday).toEqual({ kind: "rest", name: "國慶節" });
    expect(labels.get("2027-02-07")!.holiday).toEqual({ kind: "rest", name: "春節" });
    expect(labels.get("2027-02-08")!.holiday).toBeUndefined();
    expect(labels.get("2027-02-20")!.holiday).toEqual({ kind: "work", name: "春節" });
    // Without the community's days the bundled schedule stands, and has no 2027.
    expect(label("2026-10-01").holiday).toEqual({ kind: "rest", name: "国庆节" });
    expect(label("2027-02-07").holiday).toBeUndefined();
  });

  it("puts 2027's 正月初一 on 6 February with 春节, as the observatories' tables do (browsers' ICU has it a day late)", () => {
    expect(label("2027-02-05")).toMatchObject({ lunar: "廿九", festival: "除夕" });
    expect(label("2027-02-06")).toMatchObject({ lunar: "正月", lunarDate: "正月初一", festival: "春节" });
    expect(label("2027-02-20")).toMatchObject({ lunarDate: "正月十五", festival: "元宵" });
    expect(label("2026-12-09", "Hant").lunarDate).toBe("冬月初一");
    expect(label("2027-01-08", "Hant").lunarDate).toBe("臘月初一");
  });

  // The labels count lunar days on from the range's first; chinese-days looks each day up.
  it("gives every day's lunar date and festival as chinese-days looks them up, across leap months and years", () => {
    const first = "2019-12-01";
    const last = "2031-01-31";
    const days: string[] = [];
    for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
    const labels = chineseDayLabels(first, last, days, "Hans");
    const festivals = new Map(getLunarFestivals(first, last).map(({ date, name }) => [date, name.map((entry) => SHOWN_FESTIVALS[entry]).find(Boolean)]));
    const mismatches = days.filter((day) => {
      const { lunarMon, lunarDayCN, isLeap } = getLunarDate(day);
      const label = labels.get(day)!;
      return label.lunarDate !== `${isLeap ? "闰" : ""}${LUNAR_MONTHS[lunarMon - 1]}月${lunarDayCN}` || label.festival !== festivals.get(day);
    });
    expect(mismatches).toEqual([]);
    expect(days.filter((day) => labels.get(day)!.lunarDate.startsWith("闰")).length).toBeGreaterThan(100);
  });

  it("names the traditional festivals and solar terms", () => {
    expect(label("2026-02-17").festival).toBe("春节");
    expect(label("2026-03-03").festival).toBe("元宵");
    expect(label("2026-06-19").festival).toBe("端午");
    expect(label("2026-08-19").festival).toBe("七夕");
    expect(label("2026-09-25").festival).toBe("中秋");
    expect(label("2026-10-18").festival).toBe("重阳");
    expect(label("2026-10-18", "Hant").festival).toBe("重陽");
    expect(label("2026-04-05").solarTerm).toBe("清明");
    expect(label("2026-12-22").solarTerm).toBe("冬至");
    expect(label("2026-03-04").festival).toBeUndefined();
  });

  // chinese-days read its days in the machine's zone and named them in UTC: west of Greenwich
  // every festival and solar term fell a day early (patches/chinese-days@1.5.7.patch).
  it("names the same days whatever zone the machine is in", () => {
    const machineZone = process.env.TZ;
    try {
      for (const zone of ["America/New_York", "Pacific/Kiritimati", "Asia/Shanghai"]) {
        process.env.TZ = zone;
        expect(new Date(Date.UTC(2026, 5, 19)).getDate(), zone).toBe(zone === "America/New_York" ? 18 : 19);
        expect([label("2026-06-19").festival, label("2026-04-05").solarTerm, label("2026-02-23").holiday?.name, label("2026-02-24").holiday], zone).toEqual([
          "端午",
          "清明",
          "春节",
          undefined,
        ]);
      }
    } finally {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    }
  });

  it("marks the 2026 Spring Festival holiday and its make-up workdays", () => {
    for (const day of ["2026-02-15", "2026-02-17", "2026-02-23"]) expect(label(day).holiday).toEqual({ kind: "rest", name: "春节" });
    for (const day of ["2026-02-14", "2026-02-28"]) expect(label(day).holiday).toEqual({ kind: "work", name: "春节" });
    expect(label("2026-02-24").holiday).toBeUndefined();
    expect(label("2026-02-07").holiday).toBeUndefined();
    expect(label("2026-10-01", "Hant").holiday).toEqual({ kind: "rest", name: "國慶節" });
  });
});

describe("day numbers", () => {
  it("count days from 1970-01-01 across leap years and centuries, both ways", async () => {
    const { dayNumber } = await import("./plain-date.js");
    for (const day of ["1970-01-01", "1969-12-31", "2000-02-29", "2026-06-19", "2100-03-01", "1600-01-01"]) {
      expect(dayNumber(day)).toBe(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86400000);
      expect(addDays("1970-01-01", dayNumber(day))).toBe(day);
    }
  });

  it("reads the hours around a daylight-saving change exactly", () => {
    expect(zonedClock(new Date("2026-10-25T00:59:00Z"), "Europe/London")).toBe("01:59");
    expect(zonedClock(new Date("2026-10-25T01:00:00Z"), "Europe/London")).toBe("01:00");
    expect(zonedDay(new Date("2026-10-24T23:30:00Z"), "Europe/London")).toBe("2026-10-25");
  });
});

describe("startOfZonedDay", () => {
  it("agrees with the exact computation in zones east and west and on change days, a skipped midnight too", async () => {
    const { startOfZonedDay } = await import("./zoned-days.js");
    const { startOfDayIn } = await import("@community-kit/schema");
    for (const zone of ["Asia/Shanghai", "America/Los_Angeles", "Europe/London", "America/Santiago", "Pacific/Auckland"]) {
      for (const day of ["2026-01-15", "2026-03-08", "2026-03-29", "2026-04-05", "2026-09-06", "2026-09-27", "2026-10-25", "2026-11-01"]) {
        expect(startOfZonedDay(day, zone).toISOString(), `${day} ${zone}`).toBe(startOfDayIn(day, zone).toISOString());
      }
    }
  });
});
