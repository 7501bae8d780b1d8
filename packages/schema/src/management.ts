import * as z from "zod/mini";
import { Instant, Slug, TimeZone } from "./common.js";
import { Audience, Event, EventLocation } from "./event.js";
import { MAX_PARTY_SIZE, RegistrationStatus } from "./registration.js";

/** How a series repeats (RFC 5545 RRULE, or yearly on a Chinese lunar date), less the EXDATEs. */
export const RecurrenceRule = z.object({
  /** `FREQ=WEEKLY;BYDAY=TU,TH`; DAILY, WEEKLY, MONTHLY or YEARLY */
  rrule: z.optional(z.string().check(z.maxLength(500))),
  /** Yearly on this lunar month and day, `08-15` for 中秋 */
  lunar: z.optional(z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30)$/))),
  /** Occurrences left out, by their wall time in the event's zone: `2026-10-01T09:00`, or `2026-10-01` for all-day */
  exdates: z.optional(z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/))).check(z.maxLength(1000))),
});
export type RecurrenceRule = z.infer<typeof RecurrenceRule>;

export const RegistrationSettings = z.object({
  open: z.boolean(),
  maxPartySize: z.optional(z.int().check(z.gte(1), z.lte(MAX_PARTY_SIZE))),
  /** Registration closes at this instant (default: when the event ends). */
  closesAt: z.optional(z.nullable(Instant)),
});

const eventFields = {
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  description: z.optional(z.string().check(z.maxLength(20000))),
  start: Instant,
  end: Instant,
  allDay: z.optional(z.boolean()),
  /** Default: the community's zone. */
  timezone: z.optional(TimeZone),
  location: EventLocation,
  category: Slug,
  organizer: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  audience: z.optional(z.nullable(Audience)),
  capacity: z.optional(z.nullable(z.int().check(z.gte(0)))),
  imageUrl: z.optional(z.nullable(z.url({ protocol: /^https?$/ }))),
  url: z.optional(z.nullable(z.url({ protocol: /^https?$/ }))),
  registration: z.optional(RegistrationSettings),
  recurrence: z.optional(z.nullable(RecurrenceRule)),
};

/** Body of `POST /v1/communities/{community}/events` (management, with an API key). */
export const EventCreate = z.object({
  /** Default: made from the title. At most 50 characters, so each occurrence's id fits. */
  id: z.optional(Slug.check(z.maxLength(50))),
  ...eventFields,
});
export type EventCreate = z.input<typeof EventCreate>;

/** Body of `PATCH …/events/{id}`: the fields to change. */
export const EventUpdate = z.partial(z.object(eventFields));
export type EventUpdate = z.input<typeof EventUpdate>;

/** An event as management sees it: the public view, with its rule. */
export const ManagedEvent = z.extend(Event, {
  recurrence: z.optional(RecurrenceRule),
});
export type ManagedEvent = z.infer<typeof ManagedEvent>;

/** A registration with the personal data only management may see. */
export const ManagedRegistration = z.object({
  id: z.string(),
  eventId: z.string(),
  name: z.string(),
  /** Normalized: 13800138000 or +442079460958; empty once the retention period has passed */
  phone: z.string(),
  partySize: z.int(),
  status: z.enum([...RegistrationStatus.options, "cancelled"]),
  /** 1-based place on the waitlist */
  position: z.optional(z.int()),
  createdAt: Instant,
  cancelledAt: z.optional(Instant),
});
export type ManagedRegistration = z.infer<typeof ManagedRegistration>;

export const ManagedRegistrationList = z.array(ManagedRegistration);
