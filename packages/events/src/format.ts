import { type PlainDate, addDays, dateFormatter as formatter, noonUtc } from "@community-kit/ui/calendar";

export { fullDay } from "@community-kit/ui/calendar";

// Plain days are formatted as noon UTC in UTC: the day never shifts.
const onDay = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions => ({ ...options, timeZone: "UTC" });

/** 2026年6月 / June 2026 */
export function monthTitle(day: PlainDate, locale: string): string {
  return formatter(locale, onDay({ year: "numeric", month: "long" })).format(noonUtc(day));
}

/** 2026年11月22日至28日 / November 22 – 28, 2026 */
export function rangeTitle(first: PlainDate, last: PlainDate, locale: string): string {
  if (locale.startsWith("zh")) {
    // ICU's Chinese ranges come out numeric (2026/6/15 – 2026/6/21); written as people write them instead.
    const [y1, m1, d1] = first.split("-").map(Number) as [number, number, number];
    const [y2, m2, d2] = last.split("-").map(Number) as [number, number, number];
    const end = y1 !== y2 ? `${y2}年${m2}月${d2}日` : m1 !== m2 ? `${m2}月${d2}日` : `${d2}日`;
    return `${y1}年${m1}月${d1}日至${end}`;
  }
  const format = formatter(locale, onDay({ year: "numeric", month: "long", day: "numeric" }));
  return format.formatRange ? format.formatRange(noonUtc(first), noonUtc(last)) : `${format.format(noonUtc(first))} – ${format.format(noonUtc(last))}`;
}

/** 6月19日 周五 / Fri 19 Jun */
export function shortDay(day: PlainDate, locale: string): string {
  return formatter(locale, onDay({ month: "short", day: "numeric", weekday: "short" })).format(noonUtc(day));
}

/** The seven column headings, starting on `firstDayOfWeek` (1 = Monday). */
export function weekdayHeadings(locale: string, firstDayOfWeek: number): Array<{ short: string; long: string }> {
  const monday = "2026-06-01";
  const short = formatter(locale, onDay({ weekday: "narrow" }));
  const long = formatter(locale, onDay({ weekday: "long" }));
  return Array.from({ length: 7 }, (_, index) => {
    const isoWeekday = ((firstDayOfWeek - 1 + index) % 7) + 1;
    const date = noonUtc(addDays(monday, isoWeekday - 1));
    return { short: short.format(date), long: long.format(date) };
  });
}

/** 09:30 in the calendar's zone */
export function clockTime(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, { hour: "2-digit", minute: "2-digit", timeZone }).format(instant);
}

/** The whole time range: days for all-day events, days and times otherwise. */
export function timeRange(start: Date, end: Date, allDay: boolean, locale: string, timeZone: string): string {
  if (allDay) {
    const lastMoment = new Date(Math.max(start.getTime(), end.getTime() - 1));
    return formatter(locale, { dateStyle: "full", timeZone }).formatRange(start, lastMoment);
  }
  return formatter(locale, { dateStyle: "full", timeStyle: "short", timeZone }).formatRange(start, end);
}

/** 中国标准时间 / China Standard Time */
export function timeZoneName(at: Date, locale: string, timeZone: string): string {
  const parts = formatter(locale, { timeZone, timeZoneName: "long" }).formatToParts(at);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** 2026年12月23日星期三 16:30 / Wednesday 23 December 2026 at 16:30 */
export function dateAndTime(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, { dateStyle: "full", timeStyle: "short", timeZone }).format(instant);
}

/** 07:00 / 7:00 AM: an hour of the time grid's axis. */
export function hourLabel(hour: number, locale: string): string {
  return formatter(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(Date.UTC(2026, 0, 1, hour));
}

let browserZone: string | undefined;
/** The visitor's own zone, as their device has it: the last resort when neither the page nor a community names one. */
export function browserTimeZone(): string {
  browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return browserZone;
}
