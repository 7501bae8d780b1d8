import type { PlainDate } from "./plain-date.js";
import { zonedClock } from "./zoned-days.js";

/**
 * Dates in zh-CN, the kit's first language, and zh-TW (Traditional Chinese, what
 * zh-Hant resolves to), written out as ICU writes them. The first
 * Intl.DateTimeFormat (or Intl.Locale) a page makes loads ICU's locale data,
 * 30–70 ms on a cold page: more than drawing the month. With these, a calendar
 * in either shows its first month without Intl. Chromium's Intl is the
 * reference: test/chinese-dates.test.ts compares every day of fifty years and
 * every minute, in both.
 */
export const writesChineseDates = (locale: string): boolean => locale === "zh-CN" || locale === "zh-TW";

/** zh-TW writes 週五 where zh-CN writes 周五, a space before a full day's weekday, and a 12-hour clock. */
const traditional = (locale: string): boolean => locale === "zh-TW";

/** 一 … 日 by weekday: 1 = Monday … 6 = Saturday, Sunday 7 (ISO) or 0 (getUTCDay); `weekday: "short"` writes 周一 (週一) … , `"long"` 星期一 … */
export const chineseWeekday = (isoDay: number, width: "narrow" | "short" | "long", locale: string): string =>
  ({ narrow: "", short: traditional(locale) ? "週" : "周", long: "星期" })[width] + "日一二三四五六"[isoDay % 7];

/** 2026年6月: `{ year: "numeric", month: "long" }` */
export const chineseMonthTitle = (day: PlainDate): string => `${+day.slice(0, 4)}年${+day.slice(5, 7)}月`;

/** 6月19日周五 (6月19日週五): `{ month: "short", day: "numeric", weekday: "short" }` */
export const chineseShortDay = (day: PlainDate, locale: string): string =>
  `${+day.slice(5, 7)}月${+day.slice(8)}日${chineseWeekday(new Date(day).getUTCDay(), "short", locale)}`;

/** 2026年6月19日星期五 (2026年6月19日 星期五): `{ dateStyle: "full" }` */
export const chineseFullDay = (day: PlainDate, locale: string): string =>
  `${chineseMonthTitle(day)}${+day.slice(8)}日${traditional(locale) ? " " : ""}${chineseWeekday(new Date(day).getUTCDay(), "long", locale)}`;

/** 09:30 (上午09:30) in `timeZone`: `{ hour: "2-digit", minute: "2-digit" }` */
export function chineseClock(instant: Date, timeZone: string, locale: string): string {
  const clock = zonedClock(instant, timeZone);
  if (!traditional(locale)) return clock;
  const hour = +clock.slice(0, 2);
  return `${hour < 12 ? "上午" : "下午"}${String(hour % 12 || 12).padStart(2, "0")}${clock.slice(2)}`;
}

/** The first day of the week as Intl's week info has it: Monday (1) in zh-CN, Sunday (7) in zh-TW. */
export const chineseFirstDay = (locale: string): number => (traditional(locale) ? 7 : 1);
