import { deviceTimeZone } from "@community-kit/schema";
import {
  type PlainDate,
  addDays,
  dateFormatter as formatter,
  noonUtc,
  chineseClock,
  chineseMonthTitle,
  chineseShortDay,
  chineseWeekday,
  writesChineseDates,
} from "@community-kit/ui/calendar";

export { fullDay } from "@community-kit/ui/calendar";

// Plain days are formatted as noon UTC in UTC: the day never shifts.
const onDay = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions => ({ ...options, timeZone: "UTC" });

/** 2026年6月 / June 2026 */
export function monthTitle(day: PlainDate, locale: string): string {
  if (writesChineseDates(locale)) return chineseMonthTitle(day);
  return formatter(locale, onDay({ year: "numeric", month: "long" })).format(noonUtc(day));
}

/** 2026年11月22日至28日 / November 22 – 28, 2026 */
export function rangeTitle(first: PlainDate, last: PlainDate, locale: string): string {
  if (locale.startsWith("zh")) {
    // ICU's Chinese ranges come out numeric (2026/6/15 – 2026/6/21); written as people write them instead.
    const day = (date: PlainDate) => `${+date.slice(8)}日`;
    const end = first.slice(0, 4) !== last.slice(0, 4) ? chineseMonthTitle(last) : first.slice(5, 7) !== last.slice(5, 7) ? `${+last.slice(5, 7)}月` : "";
    return `${chineseMonthTitle(first)}${day(first)}至${end}${day(last)}`;
  }
  const format = formatter(locale, onDay({ year: "numeric", month: "long", day: "numeric" }));
  return format.formatRange ? format.formatRange(noonUtc(first), noonUtc(last)) : `${format.format(noonUtc(first))} – ${format.format(noonUtc(last))}`;
}

/** 6月19日 周五 / Fri 19 Jun */
export function shortDay(day: PlainDate, locale: string): string {
  if (writesChineseDates(locale)) return chineseShortDay(day, locale);
  return formatter(locale, onDay({ month: "short", day: "numeric", weekday: "short" })).format(noonUtc(day));
}

/** The seven column headings, starting on `firstDayOfWeek` (1 = Monday). */
export function weekdayHeadings(locale: string, firstDayOfWeek: number): Array<{ short: string; long: string }> {
  const [short, long] = (["narrow", "long"] as const).map((weekday) =>
    writesChineseDates(locale) ? (date: Date) => chineseWeekday(date.getUTCDay(), weekday, locale) : formatter(locale, onDay({ weekday })).format,
  ) as [(date: Date) => string, (date: Date) => string];
  return Array.from({ length: 7 }, (_, index) => {
    // 2026-06-01 is a Monday.
    const date = noonUtc(addDays("2026-06-01", (firstDayOfWeek - 1 + index) % 7));
    return { short: short(date), long: long(date) };
  });
}

/** 09:30 in the calendar's zone */
export function clockTime(instant: Date, locale: string, timeZone: string): string {
  if (writesChineseDates(locale)) return chineseClock(instant, timeZone, locale);
  return formatter(locale, { hour: "2-digit", minute: "2-digit", timeZone }).format(instant);
}

/** 2026年12月23日星期三 16:30 / Wednesday 23 December 2026 at 16:30 */
export function dateAndTime(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, { dateStyle: "full", timeStyle: "short", timeZone }).format(instant);
}

let browserZone: string | undefined;
/** The visitor's own zone, as their device has it: the last resort when neither the page nor a community names one. */
export function browserTimeZone(): string {
  browserZone ??= deviceTimeZone();
  return browserZone;
}
