import { UTCDateMini } from "@date-fns/utc";
import { addDays, differenceInCalendarDays, eachDayOfInterval } from "date-fns";

// Days as the API writes them, "YYYY-MM-DD", with date-fns doing the arithmetic on UTCDateMini (UTCDate less
// its formatting, which nothing here asks of it):
// a plain day is 24 hours there, whatever the machine's own zone and its clock changes.

/** The day as a date-fns date at its UTC midnight. */
export function utcDay(day: string): Date {
  return new UTCDateMini(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
}

/** The day a date falls on in UTC, "YYYY-MM-DD". */
export function plainDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` days after `day` (before it, when negative). */
export function addPlainDays(day: string, days: number): string {
  return plainDateOf(addDays(utcDay(day), days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function plainDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(utcDay(to), utcDay(from));
}

/** The days from `first` to `last`, both included. */
export function eachPlainDay(first: string, last: string): string[] {
  return eachDayOfInterval({ start: utcDay(first), end: utcDay(last) }).map(plainDateOf);
}

/** The instant `days` whole days of 24 hours after `instant` (before it, when negative). */
export function daysAfter(instant: Date, days: number): Date {
  return addDays(new UTCDateMini(instant), days);
}
