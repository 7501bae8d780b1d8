/**
 * The booking rules of rooms and equipment as pure functions: the server
 * enforces them (it is the authority), the widget uses the same to guide.
 * Times are instants; opening hours are wall times in the resource's zone.
 */
import { addMinutes, areIntervalsOverlapping, getISODay, subMinutes } from "date-fns";
import { utcDay } from "./calendar-days.js";
import type { BookingLimits, ClosedDays, OpeningPeriod } from "./resource.js";
import { instantOfWallTime } from "./zoned-time.js";

export interface Interval {
  start: Date;
  /** exclusive */
  end: Date;
}

export interface Schedule {
  timeZone: string;
  hours: readonly OpeningPeriod[];
  closures: readonly ClosedDays[];
  limits: BookingLimits;
}

/** A booking that holds a resource: its time and, for equipment, how many units; a block is time staff keep for maintenance. */
export interface Held extends Interval {
  units: number;
  block?: boolean;
}

export type BookingProblemCode =
  | "end_before_start"
  | "in_past"
  | "too_soon"
  | "too_far_ahead"
  | "too_short"
  | "too_long"
  | "off_grid"
  | "closed"
  | "outside_hours";

export interface BookingProblem {
  field: "start" | "end";
  code: BookingProblemCode;
}

const MINUTE = 60_000;

function wallInstant(day: string, time: string, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  // "24:00" closes at the next midnight.
  return instantOfWallTime({ year, month, day: date, hour, minute }, timeZone);
}

export function isClosed(day: string, schedule: Pick<Schedule, "closures">): boolean {
  return schedule.closures.some((closure) => closure.from <= day && day <= closure.to);
}

/** When the resource is open on a day: none on a closed day. */
export function openingsOn(day: string, schedule: Pick<Schedule, "timeZone" | "hours" | "closures">): Interval[] {
  if (isClosed(day, schedule)) return [];
  const weekday = getISODay(utcDay(day));
  return schedule.hours
    .filter((period) => period.weekday === weekday)
    .map((period) => ({ start: wallInstant(day, period.open, schedule.timeZone), end: wallInstant(day, period.close, schedule.timeZone) }))
    .filter((opening) => opening.end > opening.start)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * What is wrong with booking `interval` on `day` (the day it starts in the
 * resource's zone), by the resource's hours, closures and limits; empty when
 * nothing is. Conflicts with other bookings are a separate question.
 */
export function checkBookingTime(interval: Interval, day: string, schedule: Schedule, now: Date): BookingProblem[] {
  const { limits } = schedule;
  const minutes = (interval.end.getTime() - interval.start.getTime()) / MINUTE;
  if (minutes <= 0) return [{ field: "end", code: "end_before_start" }];
  if (interval.start < now) return [{ field: "start", code: "in_past" }];
  const problems: BookingProblem[] = [];
  if (!isBookableStart(interval.start, limits, now))
    problems.push({ field: "start", code: interval.start < earliestStart(limits, now) ? "too_soon" : "too_far_ahead" });
  if (minutes < limits.minMinutes) problems.push({ field: "end", code: "too_short" });
  if (minutes > limits.maxMinutes) problems.push({ field: "end", code: "too_long" });
  if (isClosed(day, schedule)) return [...problems, { field: "start", code: "closed" }];
  const opening = openingsOn(day, schedule).find((candidate) => candidate.start <= interval.start && interval.end <= candidate.end);
  if (!opening) return [...problems, { field: "start", code: "outside_hours" }];
  const slot = limits.slotMinutes * MINUTE;
  if ((interval.start.getTime() - opening.start.getTime()) % slot !== 0 || (interval.end.getTime() - interval.start.getTime()) % slot !== 0) {
    problems.push({ field: "start", code: "off_grid" });
  }
  return problems;
}

/** The earliest start the lead time allows. */
const earliestStart = (limits: BookingLimits, now: Date) => addMinutes(now, limits.leadMinutes);

/** Whether a booking may start at `start`: after the lead time, within the horizon (whole days of 24 hours, as the API says). */
function isBookableStart(start: Date, limits: BookingLimits, now: Date): boolean {
  return unbookableReason(start, limits, now) === undefined;
}

/** Whether a booking, widened by the buffer on both sides, touches `interval`. */
const touches = (booking: Interval, interval: Interval, bufferMinutes: number) =>
  areIntervalsOverlapping({ start: subMinutes(booking.start, bufferMinutes), end: addMinutes(booking.end, bufferMinutes) }, interval);

/** How many units bookings hold during `interval`, each widened by the buffer on both sides. */
export function unitsHeld(interval: Interval, held: readonly Held[], bufferMinutes: number): number {
  const buffer = bufferMinutes * MINUTE;
  // The peak, not the sum: two bookings of the same speaker that do not overlap each other need one unit.
  const edges = held
    .filter((booking) => touches(booking, interval, bufferMinutes))
    .flatMap((booking) => [
      { at: Math.max(booking.start.getTime() - buffer, interval.start.getTime()), change: booking.units },
      { at: Math.min(booking.end.getTime() + buffer, interval.end.getTime()), change: -booking.units },
    ])
    .sort((a, b) => a.at - b.at || a.change - b.change);
  let current = 0;
  let peak = 0;
  for (const edge of edges) {
    current += edge.change;
    peak = Math.max(peak, current);
  }
  return peak;
}

/** Whether `units` more fit during `interval` beside what is held (a room has one unit). */
export function fits(interval: Interval, units: number, available: number, held: readonly Held[], bufferMinutes: number): boolean {
  if (units > available) return false;
  if (available === 1) {
    // A room: free unless any booking, widened by the buffer, touches the interval.
    return !held.some((booking) => touches(booking, interval, bufferMinutes));
  }
  return unitsHeld(interval, held, bufferMinutes) + units <= available;
}

/**
 * free: one may start a booking here. busy: booked (whose booking is never
 * said). buffer: free of bookings, but kept clear beside one (cleaning,
 * handing over). maintenance: kept by staff. unavailable: by the time, for
 * the reason given.
 */
export type SlotState = "free" | "busy" | "buffer" | "maintenance" | "unavailable";

/** Why a slot cannot be booked now: it has begun, it is within the lead time, or beyond the horizon. */
export type UnbookableReason = "past" | "too_soon" | "too_far_ahead";

export interface Slot extends Interval {
  state: SlotState;
  /** With "unavailable" only. */
  reason?: UnbookableReason;
}

/** Why a booking may not start at `start` by the time alone; undefined when it may. */
function unbookableReason(start: Date, limits: BookingLimits, now: Date): UnbookableReason | undefined {
  if (start < now) return "past";
  if (start < earliestStart(limits, now)) return "too_soon";
  return start > addMinutes(now, limits.horizonDays * 1440) ? "too_far_ahead" : undefined;
}

/** What keeps a slot that the time allows from being free: a booking, a block, or only a booking's buffer. */
function heldState(slot: Interval, available: number, held: readonly Held[], bufferMinutes: number): SlotState {
  if (fits(slot, 1, available, held, bufferMinutes)) return "free";
  if (fits(slot, 1, available, held, 0)) return "buffer";
  const blocked = held.some((booking) => booking.block && areIntervalsOverlapping(booking, slot));
  return blocked ? "maintenance" : "busy";
}

/** A day's slots on the resource's grid, each free, held (and how) or not bookable (and why). */
export function slotsOn(day: string, schedule: Schedule, available: number, held: readonly Held[], now: Date): Slot[] {
  const step = schedule.limits.slotMinutes * MINUTE;
  const near = nearbyHeld(held, schedule.limits.bufferMinutes);
  const slots: Slot[] = [];
  for (const opening of openingsOn(day, schedule)) {
    for (let start = opening.start.getTime(); start + step <= opening.end.getTime(); start += step) {
      const slot = { start: new Date(start), end: new Date(start + step) };
      const reason = unbookableReason(slot.start, schedule.limits, now);
      slots.push(
        reason ? { ...slot, state: "unavailable", reason } : { ...slot, state: heldState(slot, available, near(slot), schedule.limits.bufferMinutes) },
      );
    }
  }
  return slots;
}

/**
 * The bookings that could touch an interval, found by binary search over
 * their starts: a month of a busy hall has a thousand, a slot meets a few.
 */
export function nearbyHeld(held: readonly Held[], bufferMinutes: number): (interval: Interval) => Held[] {
  const sorted = [...held].sort((a, b) => a.start.getTime() - b.start.getTime());
  const longest = Math.max(0, ...sorted.map((booking) => booking.end.getTime() - booking.start.getTime()));
  const reach = bufferMinutes * MINUTE;
  const firstStartingFrom = (time: number) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start.getTime() < time) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return (interval) => sorted.slice(firstStartingFrom(interval.start.getTime() - reach - longest), firstStartingFrom(interval.end.getTime() + reach));
}

/**
 * The first few times at or after `after` when a booking of `minutes` and
 * `units` could start: what to offer when a slot was taken meanwhile.
 */
export function nextFreeStarts(
  after: Date,
  minutes: number,
  units: number,
  schedule: Schedule,
  available: number,
  held: readonly Held[],
  now: Date,
  dayOf: (instant: Date) => string,
  count = 3,
): Interval[] {
  const found: Interval[] = [];
  const step = schedule.limits.slotMinutes * MINUTE;
  let day = dayOf(after);
  for (let days = 0; days <= schedule.limits.horizonDays && found.length < count; days++) {
    for (const opening of openingsOn(day, schedule)) {
      for (let start = opening.start.getTime(); start + minutes * MINUTE <= opening.end.getTime() && found.length < count; start += step) {
        const candidate = { start: new Date(start), end: new Date(start + minutes * MINUTE) };
        if (candidate.start < after) continue;
        if (checkBookingTime(candidate, day, schedule, now).length === 0 && fits(candidate, units, available, held, schedule.limits.bufferMinutes)) {
          found.push(candidate);
        }
      }
    }
    day = dayOf(new Date(wallInstant(day, "12:00", schedule.timeZone).getTime() + 1440 * MINUTE));
  }
  return found;
}
