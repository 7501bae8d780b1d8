// zh-CN's and zh-TW's dates are written out so that a cold page shows its first month without Intl. Chromium's Intl is the reference.
import { expect } from "@open-wc/testing";
import {
  addDays,
  chineseClock,
  chineseFirstDay,
  chineseFullDay,
  chineseMonthTitle,
  chineseShortDay,
  chineseWeekday,
  isoWeekday,
  noonUtc,
} from "../src/calendar/index.js";

for (const locale of ["zh-CN", "zh-TW"]) {
  const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });

  describe(`${locale} dates written out`, () => {
    it("write every day from 2000 to 2050 as Intl does: the full day, the short day and the month", () => {
      const [full, short, month] = [
        intl({ dateStyle: "full" }),
        intl({ month: "short", day: "numeric", weekday: "short" }),
        intl({ year: "numeric", month: "long" }),
      ];
      const mismatches: string[] = [];
      for (let day = "2000-01-01"; day < "2050-01-01"; day = addDays(day, 1)) {
        const ours = `${chineseFullDay(day, locale)} | ${chineseShortDay(day, locale)} | ${chineseMonthTitle(day)}`;
        const theirs = [full, short, month].map((format) => format.format(noonUtc(day))).join(" | ");
        if (ours !== theirs && mismatches.length < 5) mismatches.push(`${day}: ${ours} ≠ ${theirs}`);
      }
      expect(mismatches).to.deep.equal([]);
    });

    it("name the weekdays as Intl does, narrow, short and long, and start the week where Intl says", () => {
      const widths = ["narrow", "short", "long"] as const;
      for (let day = "2026-06-01"; day < "2026-06-08"; day = addDays(day, 1)) {
        const weekday = isoWeekday(day);
        expect(widths.map((width) => chineseWeekday(weekday, width, locale))).to.deep.equal(
          widths.map((width) => intl({ weekday: width }).format(noonUtc(day))),
        );
      }
      const weekInfo = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo(): { firstDay: number } };
      expect(chineseFirstDay(locale)).to.equal(weekInfo.getWeekInfo().firstDay);
    });

    it("write every minute of the day as Intl's two-digit clock does", () => {
      const clock = intl({ hour: "2-digit", minute: "2-digit" });
      const mismatches: string[] = [];
      for (let minute = 0; minute < 24 * 60; minute++) {
        const instant = new Date(Date.UTC(2026, 5, 19, 0, minute));
        const [ours, theirs] = [chineseClock(instant, "UTC", locale), clock.format(instant)];
        if (ours !== theirs && mismatches.length < 5) mismatches.push(`${ours} ≠ ${theirs}`);
      }
      expect(mismatches).to.deep.equal([]);
    });
  });
}
