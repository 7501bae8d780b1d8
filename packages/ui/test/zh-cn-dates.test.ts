// zh-CN's dates are written out so that a cold page shows its first month without Intl. Chromium's Intl is the reference.
import { expect } from "@open-wc/testing";
import { addDays, firstDayOfWeek, fullDay, isoWeekday, noonUtc, zhCnMonthTitle, zhCnShortDay, zhCnWeekday, zonedClock } from "../src/calendar/index.js";

const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("zh-CN", { ...options, timeZone: "UTC" });

describe("zh-CN dates written out", () => {
  it("write every day from 2000 to 2050 as Intl does: the full day, the short day and the month", () => {
    const [full, short, month] = [
      intl({ dateStyle: "full" }),
      intl({ month: "short", day: "numeric", weekday: "short" }),
      intl({ year: "numeric", month: "long" }),
    ];
    const mismatches: string[] = [];
    for (let day = "2000-01-01"; day < "2050-01-01"; day = addDays(day, 1)) {
      const ours = `${fullDay(day, "zh-CN")} ${zhCnShortDay(day)} ${zhCnMonthTitle(day)}`;
      const theirs = [full, short, month].map((format) => format.format(noonUtc(day))).join(" ");
      if (ours !== theirs && mismatches.length < 5) mismatches.push(`${day}: ${ours} ≠ ${theirs}`);
    }
    expect(mismatches).to.deep.equal([]);
  });

  it("name the weekdays as Intl does, narrow, short and long, and start the week on Monday as Intl says", () => {
    const widths = ["narrow", "short", "long"] as const;
    for (let day = "2026-06-01"; day < "2026-06-08"; day = addDays(day, 1)) {
      const weekday = isoWeekday(day);
      expect(widths.map((width) => zhCnWeekday(weekday, width))).to.deep.equal(widths.map((width) => intl({ weekday: width }).format(noonUtc(day))));
    }
    const locale = new Intl.Locale("zh-CN") as Intl.Locale & { getWeekInfo(): { firstDay: number } };
    expect(firstDayOfWeek("zh-CN")).to.equal(locale.getWeekInfo().firstDay);
  });

  it("write every minute of the day as Intl's two-digit clock does", () => {
    const clock = intl({ hour: "2-digit", minute: "2-digit" });
    for (let minute = 0; minute < 24 * 60; minute++) {
      const instant = new Date(Date.UTC(2026, 5, 19, 0, minute));
      expect(zonedClock(instant, "UTC")).to.equal(clock.format(instant));
    }
  });
});
