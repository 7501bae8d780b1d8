import { addMinutes, subMinutes } from "date-fns";
import {
  addPlainDays,
  type Availability,
  formatInstantIn,
  type Held,
  nearbyHeld,
  type Resource,
  type Schedule,
  slotsOn,
  startOfDayIn,
} from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { invalidParameters } from "../http/problem.js";

export const nextDay = (day: string) => addPlainDays(day, 1);

/**
 * The day after a range's last, which ends it; a 400 naming `field` when that
 * would be 10000-01-01, a day no date of the API (or JavaScript's ISO text) has.
 */
export function dayAfterRange(day: string, field: string): string {
  if (day >= "9999-12-31") {
    throw invalidParameters([{ field, code: "too_big", message: "The day after must be a day too: at most 9999-12-30 here" }]);
  }
  return nextDay(day);
}

export function scheduleOf(resource: Resource): Schedule {
  return { timeZone: resource.timezone, hours: resource.hours, closures: resource.closures, limits: resource.limits };
}

/** Bookings that hold a resource (confirmed or awaiting approval) near an interval, buffers included. */
export async function heldBookings(db: Kysely<Database>, communityId: string, resource: Resource, from: Date, to: Date): Promise<Held[]> {
  const rows = await db
    .selectFrom("bookings")
    .select(["start_at", "end_at", "units", "kind"])
    .where("community_id", "=", communityId)
    .where("resource_id", "=", resource.id)
    .where("status", "in", ["confirmed", "pending"])
    .where("start_at", "<", addMinutes(to, resource.limits.bufferMinutes).toISOString())
    .where("end_at", ">", subMinutes(from, resource.limits.bufferMinutes).toISOString())
    .execute();
  return rows.map((row) => ({ start: new Date(row.start_at), end: new Date(row.end_at), units: row.units, block: row.kind === "block" }));
}

/** How a new booking holds its resource: with the buffer that follows it, and alone or beside others. */
export function heldAs(resource: Resource): { buffer_minutes: number; exclusive: number } {
  return { buffer_minutes: resource.limits.bufferMinutes, exclusive: (resource.quantity ?? 1) === 1 ? 1 : 0 };
}

/** The slots of the days `from` to `to` (exclusive), free, held (and how) or not bookable (and why): never whose booking. */
export async function availabilityOf(
  db: Kysely<Database>,
  communityId: string,
  resource: Resource,
  from: string,
  to: string,
  now: Date,
): Promise<Availability> {
  const start = startOfDayIn(from, resource.timezone);
  const end = startOfDayIn(to, resource.timezone);
  const held = await heldBookings(db, communityId, resource, start, end);
  const schedule = scheduleOf(resource);
  // Sorted once for the whole range; each day then looks only at its own bookings.
  const near = nearbyHeld(held, resource.limits.bufferMinutes);
  const slots: Availability["slots"] = [];
  for (let day = from; day < to; day = nextDay(day)) {
    const dayHeld = near({ start: startOfDayIn(day, resource.timezone), end: startOfDayIn(nextDay(day), resource.timezone) });
    for (const slot of slotsOn(day, schedule, resource.quantity ?? 1, dayHeld, now)) {
      slots.push({
        start: formatInstantIn(slot.start, resource.timezone),
        end: formatInstantIn(slot.end, resource.timezone),
        state: slot.state,
        ...(slot.reason && { reason: slot.reason }),
      });
    }
  }
  return { resourceId: resource.id, slots };
}
