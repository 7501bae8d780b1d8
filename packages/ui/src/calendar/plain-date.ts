import { addPlainDays, plainDateOf, plainDaysBetween, utcDay } from "@community-kit/schema";
import { addMonths as addMonthsTo, getISODay, startOfWeek as startOfWeekOf } from "date-fns";

/**
 * Calendar days as "YYYY-MM-DD" strings: no time, no zone, and text order is
 * date order. The arithmetic is date-fns' on UTC dates (schema's calendar-days),
 * where no day is 23 or 25 hours, whatever the machine's own zone.
 */
export type PlainDate = string;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `addDays(day, n)` is the day n days later; `daysBetween(from, to)` counts whole days, negative when `to` is earlier. */
export { addPlainDays as addDays, plainDateOf, plainDaysBetween as daysBetween, utcDay };

/**
 * Text order, for days, ISO instants, clock times and ids. Not localeCompare: its first call loads
 * the browser's collation data, tens of milliseconds on a cold phone, and none of these has a language.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Whether the text is a real day: 2026-02-29 and 2026-13-01 are not. */
export function isPlainDate(value: string): boolean {
  return PLAIN_DATE.test(value) && plainDateOf(utcDay(value)) === value;
}

/**
 * Days since 1970-01-01. Integer arithmetic on the proleptic Gregorian
 * calendar (H. Hinnant's days_from_civil), kept beside date-fns because the
 * calendar asks it for every event of every week and it must not allocate.
 */
export function dayNumber(date: PlainDate): number {
  let year = +date.slice(0, 4);
  const month = +date.slice(5, 7);
  const day = +date.slice(8, 10);
  year -= month <= 2 ? 1 : 0;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The same day of the month `months` later, clamped to the month's last day. */
export function addMonths(date: PlainDate, months: number): PlainDate {
  return plainDateOf(addMonthsTo(utcDay(date), months));
}

export function startOfMonth(date: PlainDate): PlainDate {
  return `${date.slice(0, 7)}-01`;
}

/** The first day of the week that holds `date`, in weeks that start on `firstDayOfWeek` (1 = Monday … 7 = Sunday). */
export function startOfWeek(date: PlainDate, firstDayOfWeek: number): PlainDate {
  return plainDateOf(startOfWeekOf(utcDay(date), { weekStartsOn: (firstDayOfWeek % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6 }));
}

/** 1 = Monday … 7 = Sunday */
export function isoWeekday(date: PlainDate): number {
  return getISODay(utcDay(date));
}

/** A Date at noon UTC of the day: safe to format with timeZone "UTC" in any locale. */
export function noonUtc(date: PlainDate): Date {
  return new Date(utcDay(date).getTime() + 43_200_000);
}
