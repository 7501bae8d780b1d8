/**
 * Wall-clock time in an IANA time zone, read with the platform's Temporal or
 * Intl (zone-readers.ts) so that the visitor's own zone never leaks in. Shared
 * by the server (query days, seeding) and the widgets (placing events on days).
 */

import { type WallTime, knowsZone, wallClock } from "./zone-readers.js";

export { deviceTimeZone } from "./zone-readers.js";
export type { WallTime };

/** The wall-clock reading of `instant` in `timeZone`. */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  return wallClock(instant.getTime(), timeZone);
}

/** Minutes east of UTC that `timeZone` observes at `instant`. */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const wall = wallTimeOf(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const DAY_MS = 86_400_000;

/**
 * The instant at which `timeZone` reads `wall`, as Temporal's "compatible"
 * does: a time that a spring-forward gap skips moves forward by the gap (in
 * Santiago, 2026-09-06 begins at 01:00), and a time that a fall-back repeats
 * is its first (01:30 BST, not GMT, in London on 2026-10-25).
 */
export function instantOfWallTime(wall: Partial<WallTime> & Pick<WallTime, "year" | "month" | "day">, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0);
  // The zone's offsets a day either side: one, nearly always; two across a change (none changes twice a day).
  const before = offsetMinutesAt(new Date(asUtc - DAY_MS), timeZone);
  const after = offsetMinutesAt(new Date(asUtc + DAY_MS), timeZone);
  if (before === after) return new Date(asUtc - before * 60000);
  const reads = (instant: number) => {
    const back = wallTimeOf(new Date(instant), timeZone);
    return Date.UTC(back.year, back.month - 1, back.day, back.hour, back.minute, back.second) === Math.floor(asUtc / 1000) * 1000;
  };
  const [earlier, later] = [asUtc - Math.max(before, after) * 60000, asUtc - Math.min(before, after) * 60000];
  if (reads(earlier)) return new Date(earlier);
  if (reads(later)) return new Date(later);
  // In a gap: read with the offset from before it, the time lands as far past the gap's end as it was past its start.
  return new Date(asUtc - before * 60000);
}

/** The instant at which day `date` (YYYY-MM-DD) begins in `timeZone`. */
export function startOfDayIn(date: string, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return instantOfWallTime({ year, month, day }, timeZone);
}

/** The day (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function dayOf(instant: Date, timeZone: string): string {
  const { year, month, day } = wallTimeOf(instant, timeZone);
  return formatPlainDate(year, month, day);
}

export function formatPlainDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// A zone's offset changes a few times a year at most. Per zone and UTC day we
// keep the offset when it is the same at the day's first and last minute (no
// change that day); only on the rare day of a change is each instant asked.
const DAY = 86_400_000;
const TRANSITION_DAY = Number.NaN;
const zoneDays = new Map<string, Map<number, number>>();

/** offsetMinutesAt for a time in ms, reading the zone about twice per zone and UTC day: for rendering and answering many instants. */
export function cachedOffsetMinutes(time: number, timeZone: string): number {
  let days = zoneDays.get(timeZone);
  if (!days) {
    days = new Map();
    zoneDays.set(timeZone, days);
  }
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

/** ISO 8601 with the zone's offset, e.g. 2026-06-19T09:30:00+08:00. */
export function formatInstantIn(instant: Date, timeZone: string): string {
  const offset = cachedOffsetMinutes(instant.getTime(), timeZone);
  const sign = offset < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19)}${sign}${hours}:${minutes}`;
}

/** Whether this runtime knows the IANA zone (or offset): asked on every render, it reads the zone at 1970 (a formatter kept per zone, or Temporal). */
export const isKnownTimeZone = knowsZone;
