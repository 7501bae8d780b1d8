import { offsetMinutesAt } from "@community-kit/schema";
import { type PlainDate, dayNumber } from "./plain-date.js";

// A zone's offset changes a few times a year at most. Per zone and UTC day we
// keep the offset when it is the same at the day's first and last minute (no
// change that day); only on the rare day of a change is each instant asked.
const DAY = 86400000;
const TRANSITION_DAY = Number.NaN;
const zones = new Map<string, Map<number, number>>();

function cachedOffset(time: number, timeZone: string): number {
  let days = zones.get(timeZone);
  if (!days) zones.set(timeZone, (days = new Map()));
  const day = Math.floor(time / DAY);
  let offset = days.get(day);
  if (offset === undefined) {
    if (days.size > 20000) days.clear();
    const atStart = offsetMinutesAt(new Date(day * DAY), timeZone);
    const atEnd = offsetMinutesAt(new Date(day * DAY + DAY - 60000), timeZone);
    offset = atStart === atEnd ? atStart : TRANSITION_DAY;
    days.set(day, offset);
  }
  return Number.isNaN(offset) ? offsetMinutesAt(new Date(time), timeZone) : offset;
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

/** The instant at which `day` begins in `timeZone` (a midnight that a change skips moves forward). */
export function startOfZonedDay(day: PlainDate, timeZone: string): Date {
  const asUtc = dayNumber(day) * DAY;
  let instant = asUtc - cachedOffset(asUtc, timeZone) * 60000;
  // A second pass settles days whose offset differs on either side of UTC midnight.
  instant = asUtc - cachedOffset(instant, timeZone) * 60000;
  return new Date(instant);
}
