/**
 * Calendar days as "YYYY-MM-DD" strings: no time, no zone, and text order is
 * date order. All arithmetic goes through UTC, where no day is 23 or 25 hours.
 */
export type PlainDate = string;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as a UTC midnight, or undefined when the text is no real day. */
function toUtc(date: PlainDate): Date | undefined {
  const match = PLAIN_DATE.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day ? utc : undefined;
}

export function isPlainDate(value: string): boolean {
  return toUtc(value) !== undefined;
}

function fromUtc(utc: Date): PlainDate {
  return utc.toISOString().slice(0, 10);
}

function parts(date: PlainDate): [number, number, number] {
  return [+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10)];
}

/**
 * Days since 1970-01-01. Integer arithmetic on the proleptic Gregorian
 * calendar (H. Hinnant's days_from_civil): calendars do this for every event
 * of every week, so it must not allocate.
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

/** The day `number` days after 1970-01-01. */
export function fromDayNumber(number: number): PlainDate {
  return fromUtc(new Date(number * 86400000));
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The same day of the month `months` later, clamped to the month's last day. */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const [year, month, day] = parts(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}

export function startOfMonth(date: PlainDate): PlainDate {
  return `${date.slice(0, 7)}-01`;
}

/** 1 = Monday … 7 = Sunday */
export function isoWeekday(date: PlainDate): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** A Date at noon UTC of the day: safe to format with timeZone "UTC" in any locale. */
export function noonUtc(date: PlainDate): Date {
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

export function sameMonth(a: PlainDate, b: PlainDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}
