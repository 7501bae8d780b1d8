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
  return date.split("-").map(Number) as [number, number, number];
}

export function addDays(date: PlainDate, days: number): PlainDate {
  const [year, month, day] = parts(date);
  return fromUtc(new Date(Date.UTC(year, month - 1, day + days)));
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
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86400000);
}

/** A Date at noon UTC of the day: safe to format with timeZone "UTC" in any locale. */
export function noonUtc(date: PlainDate): Date {
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

export function sameMonth(a: PlainDate, b: PlainDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}
