import { cachedOffsetMinutes } from "@community-kit/schema";
import { type PlainDate, dayNumber } from "./plain-date.js";

// Each day's text made once: a calendar asks for thousands of events' days, most of them the same few dozen.
const dayTexts = new Map<number, PlainDate>();

/** The day `instant` falls on in `timeZone`. */
export function zonedDay(instant: Date, timeZone: string): PlainDate {
  const time = instant.getTime();
  const day = Math.floor((time + cachedOffsetMinutes(time, timeZone) * 60000) / 86_400_000);
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (dayTexts.size < 100_000) dayTexts.set(day, text);
  }
  return text;
}

/** "HH:MM" of `instant` in `timeZone`, 24-hour. */
export function zonedClock(instant: Date, timeZone: string): string {
  const time = instant.getTime();
  return new Date(time + cachedOffsetMinutes(time, timeZone) * 60000).toISOString().slice(11, 16);
}

/** When the next day begins after `now` in `timeZone`: what "today" moves on with. */
export function nextMidnight(now: Date, timeZone: string): Date {
  const tomorrow = new Date((dayNumber(zonedDay(now, timeZone)) + 1) * 86_400_000).toISOString().slice(0, 10);
  return startOfZonedDay(tomorrow, timeZone);
}

/** The instant at which `day` begins in `timeZone` (a midnight that a change skips moves forward). */
export function startOfZonedDay(day: PlainDate, timeZone: string): Date {
  const asUtc = dayNumber(day) * 86_400_000;
  let instant = asUtc - cachedOffsetMinutes(asUtc, timeZone) * 60000;
  // A second pass settles days whose offset differs on either side of UTC midnight.
  instant = asUtc - cachedOffsetMinutes(instant, timeZone) * 60000;
  if (zonedDay(new Date(instant), timeZone) === day) return new Date(instant);
  // A midnight that a clock change skips (Santiago's in September) fell on the day before: the day begins where the gap
  // ends, read with the offset from before it, as Temporal's "compatible" reads a skipped time.
  return new Date(asUtc - cachedOffsetMinutes(asUtc - 86_400_000, timeZone) * 60000);
}
