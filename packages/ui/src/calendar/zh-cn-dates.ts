import type { PlainDate } from "./plain-date.js";

/**
 * Dates in zh-CN, the kit's first language, written out as ICU writes them.
 * The first Intl.DateTimeFormat (or Intl.Locale) a page makes loads ICU's
 * locale data, 30–70 ms on a cold page: more than drawing the month. With
 * these (and zoned-days.ts' 24-hour clock, which is zh-CN's), a calendar in
 * zh-CN shows its first month without Intl. Chromium's Intl is the reference:
 * test/zh-cn-dates.test.ts compares every day of fifty years and every minute.
 */
export const writesZhCnDates = (locale: string): boolean => locale === "zh-CN";

/** 一 … 日 by weekday: 1 = Monday … 6 = Saturday, Sunday 7 (ISO) or 0 (getUTCDay); `weekday: "short"` writes 周一 … 周日, `"long"` 星期一 … 星期日 */
export const zhCnWeekday = (isoDay: number, width: "narrow" | "short" | "long"): string =>
  ({ narrow: "", short: "周", long: "星期" })[width] + "日一二三四五六"[isoDay % 7];

/** 2026年6月: `{ year: "numeric", month: "long" }` */
export const zhCnMonthTitle = (day: PlainDate): string => `${+day.slice(0, 4)}年${+day.slice(5, 7)}月`;

/** 6月19日周五: `{ month: "short", day: "numeric", weekday: "short" }` */
export const zhCnShortDay = (day: PlainDate): string => `${+day.slice(5, 7)}月${+day.slice(8)}日${zhCnWeekday(new Date(day).getUTCDay(), "short")}`;

/** 2026年6月19日星期五: `{ dateStyle: "full" }` */
export const zhCnFullDay = (day: PlainDate): string => `${zhCnMonthTitle(day)}${+day.slice(8)}日${zhCnWeekday(new Date(day).getUTCDay(), "long")}`;
