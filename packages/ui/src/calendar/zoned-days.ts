import { offsetMinutesAt } from "@community-kit/schema";
import type { PlainDate } from "./plain-date.js";

// Offsets change only at quarter hours in every real zone, so one Intl call per
// zone and quarter hour is enough: thousands of events cost a few lookups.
const QUARTER_HOUR = 15 * 60 * 1000;
const offsets = new Map<string, number>();

function cachedOffset(time: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(time / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 50000) offsets.clear();
    offset = offsetMinutesAt(new Date(time), timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

/** The day `instant` falls on in `timeZone`. */
export function zonedDay(instant: Date, timeZone: string): PlainDate {
  const time = instant.getTime();
  return new Date(time + cachedOffset(time, timeZone) * 60000).toISOString().slice(0, 10);
}

/** "HH:MM" of `instant` in `timeZone`, 24-hour. */
export function zonedClock(instant: Date, timeZone: string): string {
  const time = instant.getTime();
  return new Date(time + cachedOffset(time, timeZone) * 60000).toISOString().slice(11, 16);
}
