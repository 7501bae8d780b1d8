import { type Held, type Resource, type Schedule, checkBookingTime, dayOf, fits, formatInstantIn, nextFreeStarts, slotsOn } from "@community-kit/schema";
import { json, problem } from "./story-http.js";
import { storySecrets } from "./story-secrets.js";

/**
 * Bookings for the story API, kept in memory for the visit and held by the
 * same rules the server enforces (the schema's): a time taken answers 409
 * with the next free ones, a phone that holds its limit of a resource's
 * bookings answers 409 too, a room that needs approval answers pending.
 */
const held = new Map<string, Array<Held & { bookingId: string; phone?: string }>>();

/** Forgets every booking made, as a fresh server would have none. */
export function forgetStoryBookings(): void {
  held.clear();
}
const key = (community: string, resourceId: string) => `${community}/${resourceId}`;
const digitsOf = (phone: string) => phone.replace(/[\s-]/g, "");

const scheduleOf = (resource: Resource): Schedule => ({
  timeZone: resource.timezone,
  hours: resource.hours,
  closures: resource.closures,
  limits: resource.limits,
});

export function availability(community: string, resource: Resource, from: string): Response {
  const slots = slotsOn(from, scheduleOf(resource), resource.quantity ?? 1, held.get(key(community, resource.id)) ?? [], new Date()).map((slot) => ({
    start: formatInstantIn(slot.start, resource.timezone),
    end: formatInstantIn(slot.end, resource.timezone),
    state: slot.state,
  }));
  return json({ resourceId: resource.id, slots });
}

/** Books as the server would, or answers the conflict with the next free times. */
export function book(community: string, resources: Resource[], body: string): Response {
  const request = JSON.parse(body) as { resourceId: string; start: string; end: string; units?: number; phone: string };
  const resource = resources.find((candidate) => candidate.id === request.resourceId);
  if (!resource) return problem(400, "invalid_body", "Invalid request", { errors: [{ field: "resourceId", code: "unknown_resource", message: "Unknown" }] });
  const interval = { start: new Date(request.start), end: new Date(request.end) };
  const schedule = scheduleOf(resource);
  const now = new Date();
  const units = resource.kind === "room" ? 1 : (request.units ?? 1);
  const problems = checkBookingTime(interval, dayOf(interval.start, resource.timezone), schedule, now);
  if (problems.length) return problem(400, "invalid_body", "Invalid request", { errors: problems.map(({ field, code }) => ({ field, code, message: code })) });
  const taken = held.get(key(community, resource.id)) ?? [];
  const phone = digitsOf(request.phone);
  if (taken.filter((booking) => booking.phone === phone && booking.end > now).length >= resource.maxActivePerPhone) {
    return problem(409, "booking_limit_reached", "Booking limit reached", {
      errors: [{ field: "phone", code: "booking_limit_reached", message: `At most ${resource.maxActivePerPhone} active booking(s) per phone number` }],
    });
  }
  if (!fits(interval, units, resource.quantity ?? 1, taken, resource.limits.bufferMinutes)) {
    const minutes = (interval.end.getTime() - interval.start.getTime()) / 60_000;
    const alternatives = nextFreeStarts(interval.start, minutes, units, schedule, resource.quantity ?? 1, taken, now, (instant) =>
      dayOf(instant, resource.timezone),
    ).map((free) => ({
      start: formatInstantIn(free.start, resource.timezone),
      end: formatInstantIn(free.end, resource.timezone),
    }));
    return problem(409, "slot_unavailable", "Slot taken", { alternatives });
  }
  const bookingId = crypto.randomUUID();
  held.set(key(community, resource.id), [...taken, { ...interval, units, bookingId, phone }]);
  return json(
    {
      bookingId,
      status: resource.approval ? "pending" : "confirmed",
      start: formatInstantIn(interval.start, resource.timezone),
      end: formatInstantIn(interval.end, resource.timezone),
      ...storySecrets(),
    },
    201,
  );
}

export function cancelBooking(bookingId: string): Response {
  for (const [resourceKey, bookings] of held) {
    if (bookings.some((booking) => booking.bookingId === bookingId)) {
      held.set(
        resourceKey,
        bookings.filter((booking) => booking.bookingId !== bookingId),
      );
      return new Response(null, { status: 204 });
    }
  }
  return problem(404, "booking_not_found", "Booking not found");
}

/** Another resident takes a time first: for the story of a time taken meanwhile. */
export function takeMeanwhile(community: string, resourceId: string, start: string, end: string, phone?: string): void {
  const resourceKey = key(community, resourceId);
  held.set(resourceKey, [
    ...(held.get(resourceKey) ?? []),
    { start: new Date(start), end: new Date(end), units: 1, bookingId: crypto.randomUUID(), phone: phone && digitsOf(phone) },
  ]);
}

/** `phone` already holds as many bookings of the resource as it may, at its first free times. */
export function holdPhoneLimit(community: string, resource: Resource, phone: string): void {
  for (let count = 0; count < resource.maxActivePerPhone; count++) {
    const time = firstFreeTime(community, resource);
    takeMeanwhile(community, resource.id, time.start, time.end, phone);
  }
}

/** The first time from tomorrow on that `resource` may be booked for its shortest length, free of the visit's bookings. */
export function firstFreeTime(community: string, resource: Resource): { day: string; start: string; end: string } {
  const taken = held.get(key(community, resource.id)) ?? [];
  const minutes = resource.limits.minMinutes;
  for (let days = 1; days < resource.limits.horizonDays; days++) {
    const day = dayOf(new Date(Date.now() + days * 86_400_000), resource.timezone);
    for (const slot of slotsOn(day, scheduleOf(resource), resource.quantity ?? 1, taken, new Date())) {
      const interval = { start: slot.start, end: new Date(slot.start.getTime() + minutes * 60_000) };
      if (
        slot.state === "free" &&
        checkBookingTime(interval, day, scheduleOf(resource), new Date()).length === 0 &&
        fits(interval, 1, resource.quantity ?? 1, taken, resource.limits.bufferMinutes)
      ) {
        return { day, start: formatInstantIn(interval.start, resource.timezone), end: formatInstantIn(interval.end, resource.timezone) };
      }
    }
  }
  throw new Error(`${resource.id} has no free time in its horizon`);
}
