import * as v from "valibot";
import { object } from "./json-object.js";
import { HttpUrl, Instant, Int, LineOfText, QueryWholeNumber, Slug, TimeZone, WholeNumber } from "./common.js";
import { Audience, Event, EventLocation } from "./event.js";
import { MAX_PARTY_SIZE, PhoneNumber, RegistrationStatus } from "./registration.js";

/** How a series repeats (RFC 5545 RRULE, or yearly on a Chinese lunar date), less the EXDATEs. */
export const RecurrenceRule = object({
  /** `FREQ=WEEKLY;BYDAY=TU,TH`; DAILY, WEEKLY, MONTHLY or YEARLY */
  rrule: v.optional(v.pipe(v.string(), v.maxCodePoints(500))),
  /** Yearly on this lunar month and day, `08-15` for 中秋 */
  lunar: v.optional(v.pipe(v.string(), v.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30)$/))),
  /** Occurrences left out, by their wall time in the event's zone: `2026-10-01T09:00`, or `2026-10-01` for all-day */
  exdates: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/))), v.maxLength(1000))),
});
export type RecurrenceRule = v.InferOutput<typeof RecurrenceRule>;

export const RegistrationSettings = object({
  open: v.boolean(),
  maxPartySize: v.optional(WholeNumber(1, MAX_PARTY_SIZE)),
  /** Registration closes at this instant (default: when the event ends). */
  closesAt: v.optional(v.nullable(Instant)),
});

const eventFields = {
  title: LineOfText(200),
  description: v.optional(v.pipe(v.string(), v.maxCodePoints(20000))),
  start: Instant,
  end: Instant,
  allDay: v.optional(v.boolean()),
  /** Default: the community's zone. */
  timezone: v.optional(TimeZone),
  location: EventLocation,
  category: Slug,
  organizer: v.optional(v.nullable(v.pipe(v.string(), v.maxCodePoints(200)))),
  audience: v.optional(v.nullable(Audience)),
  capacity: v.optional(v.nullable(WholeNumber(0, 100_000))),
  imageUrl: v.optional(v.nullable(HttpUrl)),
  url: v.optional(v.nullable(HttpUrl)),
  registration: v.optional(RegistrationSettings),
  recurrence: v.optional(v.nullable(RecurrenceRule)),
};

/** Body of `POST /v1/communities/{community}/events` (management, with an API key). */
export const EventCreate = object({
  /** Default: made from the title. At most 50 characters, so each occurrence's id fits. */
  id: v.optional(v.pipe(Slug, v.maxCodePoints(50))),
  ...eventFields,
});
export type EventCreate = v.InferInput<typeof EventCreate>;

/** Body of `PATCH …/events/{id}`: the fields to change. */
export const EventUpdate = v.partial(object(eventFields));
export type EventUpdate = v.InferInput<typeof EventUpdate>;

/** An event as management sees it: the public view, with its rule. */
export const ManagedEvent = object({
  ...Event.entries,
  recurrence: v.optional(RecurrenceRule),
});
export type ManagedEvent = v.InferOutput<typeof ManagedEvent>;

/** A registration with the personal data only management may see. */
export const ManagedRegistration = object({
  id: v.string(),
  eventId: v.string(),
  name: v.string(),
  /** Normalized: 13800138000 or +442079460958; empty once the retention period has passed */
  phone: v.string(),
  partySize: Int,
  status: v.picklist([...RegistrationStatus.options, "cancelled"]),
  /** 1-based place on the waitlist */
  position: v.optional(Int),
  createdAt: Instant,
  cancelledAt: v.optional(Instant),
});
export type ManagedRegistration = v.InferOutput<typeof ManagedRegistration>;

export const ManagedRegistrationList = v.array(ManagedRegistration);

/** Query of `GET …/audit-log`: the latest `limit` entries (default 100). */
export const AuditLogQuery = object({
  limit: v.optional(QueryWholeNumber(1, 1000)),
});

/** Everything a community holds about one person, found by their phone number (`GET …/personal-data`). */
export const PersonalData = object({
  phone: v.string(),
  registrations: v.array(object({ eventId: v.string(), title: v.string(), start: v.string(), name: v.string(), partySize: Int, status: v.string(), registeredAt: v.string() })),
  bookings: v.array(object({ resourceId: v.string(), start: v.string(), end: v.string(), name: v.string(), organisation: v.nullable(v.string()), purpose: v.string(), status: v.string() })),
  signups: v.array(object({ shiftId: v.string(), title: v.string(), start: v.string(), name: v.string(), skills: v.array(v.string()), status: v.string() })),
});
export type PersonalData = v.InferOutput<typeof PersonalData>;

/** What erasing one person's data did (`DELETE …/personal-data`): registrations, bookings and sign-ups to come cancelled, records erased. */
export const Erasure = object({ cancelled: Int, erased: Int });
export type Erasure = v.InferOutput<typeof Erasure>;

/** A community's management key as staff see it: never its secret, which is not kept. */
export const ApiKeyInfo = object({ id: v.string(), label: v.string(), createdAt: v.string(), lastUsedAt: v.nullable(v.string()), revokedAt: v.nullable(v.string()) });
export type ApiKeyInfo = v.InferOutput<typeof ApiKeyInfo>;
export const ApiKeyList = object({ items: v.array(ApiKeyInfo) });

/** One request made with a community's key, as the audit log keeps it. */
export const AuditEntry = object({ at: v.string(), keyId: v.string(), keyLabel: v.string(), method: v.string(), path: v.string(), status: Int });
export type AuditEntry = v.InferOutput<typeof AuditEntry>;
export const AuditLog = object({ items: v.array(AuditEntry) });

/** Query of `GET` and `DELETE …/personal-data`: the person's phone. */
export const PersonalDataQuery = object({ phone: PhoneNumber });
