import * as z from "zod/mini";
import { checked, maxCodePoints } from "./checked.js";
import { HttpUrl, Instant, Int, LineOfText, QueryWholeNumber, Slug, TimeZone, WholeNumber, Text } from "./common.js";
import { Audience, Event, EventLocation } from "./event.js";
import { MAX_PARTY_SIZE, PhoneNumber, RegistrationStatus } from "./registration.js";

/** How a series repeats (RFC 5545 RRULE, or yearly on a Chinese lunar date), less the EXDATEs. */
export const RecurrenceRule = z.object({
  /** `FREQ=WEEKLY;BYDAY=TU,TH`; DAILY, WEEKLY, MONTHLY or YEARLY */
  rrule: z.optional(Text(500)),
  /** Yearly on this lunar month and day, `08-15` for 中秋 */
  lunar: z.optional(checked(z.string(), z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30)$/))),
  /** Occurrences left out, by their wall time in the event's zone: `2026-10-01T09:00`, or `2026-10-01` for all-day */
  exdates: z.optional(checked(z.array(checked(z.string(), z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/))), z.maxLength(1000))),
});
export type RecurrenceRule = z.infer<typeof RecurrenceRule>;

export const RegistrationSettings = z.object({
  open: z.boolean(),
  maxPartySize: z.optional(WholeNumber(1, MAX_PARTY_SIZE)),
  /** Registration closes at this instant (default: when the event ends). */
  closesAt: z.optional(z.nullable(Instant)),
});

const eventFields = {
  title: LineOfText(200),
  description: z.optional(Text(20000)),
  start: Instant,
  end: Instant,
  allDay: z.optional(z.boolean()),
  /** Default: the community's zone. */
  timezone: z.optional(TimeZone),
  location: EventLocation,
  category: Slug,
  organizer: z.optional(z.nullable(Text(200))),
  audience: z.optional(z.nullable(Audience)),
  capacity: z.optional(z.nullable(WholeNumber(0, 100_000))),
  imageUrl: z.optional(z.nullable(HttpUrl)),
  url: z.optional(z.nullable(HttpUrl)),
  registration: z.optional(RegistrationSettings),
  recurrence: z.optional(z.nullable(RecurrenceRule)),
};

/** Body of `POST /v1/communities/{community}/events` (management, with an API key). */
export const EventCreate = z.object({
  /** Default: made from the title. At most 50 characters, so each occurrence's id fits. */
  id: z.optional(checked(Slug, maxCodePoints(50))),
  ...eventFields,
});
export type EventCreate = z.input<typeof EventCreate>;

/** Body of `PATCH …/events/{id}`: the fields to change. */
export const EventUpdate = z.partial(z.object(eventFields));
export type EventUpdate = z.input<typeof EventUpdate>;

/** An event as management sees it: the public view, with its rule. */
export const ManagedEvent = z.object({
  ...Event.shape,
  recurrence: z.optional(RecurrenceRule),
});
export interface ManagedEvent extends z.infer<typeof ManagedEvent> {}

/** A registration with the personal data only management may see. */
export const ManagedRegistration = z.object({
  id: z.string(),
  eventId: z.string(),
  name: z.string(),
  /** Normalized: 13800138000 or +442079460958; empty once the retention period has passed */
  phone: z.string(),
  partySize: Int,
  status: z.enum([...RegistrationStatus.options, "cancelled"]),
  /** 1-based place on the waitlist */
  position: z.optional(Int),
  createdAt: Instant,
  cancelledAt: z.optional(Instant),
  /** When staff checked the party in at the door. */
  checkedInAt: z.optional(Instant),
});
export interface ManagedRegistration extends z.infer<typeof ManagedRegistration> {}

export const ManagedRegistrationList = z.array(ManagedRegistration);

/** Query of `GET …/audit-log`: the latest `limit` entries (default 100), or those before `cursor` (an earlier page's `nextCursor`). */
export const AuditLogQuery = z.object({
  limit: z.optional(QueryWholeNumber(1, 1000)),
  cursor: z.optional(Text(200)),
});

/** Everything a community holds about one person, found by their phone number (`GET …/personal-data`). */
export const PersonalData = z.object({
  phone: z.string(),
  registrations: z.array(
    z.object({
      eventId: z.string(),
      title: z.string(),
      start: z.string(),
      name: z.string(),
      partySize: Int,
      status: z.string(),
      registeredAt: z.string(),
      /** Given to be told of changes; absent when none was. */
      email: z.optional(z.string()),
    }),
  ),
  bookings: z.array(
    z.object({
      resourceId: z.string(),
      start: z.string(),
      end: z.string(),
      name: z.string(),
      organisation: z.nullable(z.string()),
      purpose: z.string(),
      status: z.string(),
      email: z.optional(z.string()),
    }),
  ),
  signups: z.array(
    z.object({
      shiftId: z.string(),
      title: z.string(),
      start: z.string(),
      name: z.string(),
      skills: z.array(z.string()),
      status: z.string(),
      email: z.optional(z.string()),
    }),
  ),
});
export type PersonalData = z.infer<typeof PersonalData>;

/** What erasing one person's data did (`DELETE …/personal-data`): registrations, bookings and sign-ups to come cancelled, records erased. */
export const Erasure = z.object({ cancelled: Int, erased: Int });
export type Erasure = z.infer<typeof Erasure>;

/** A community's management key as staff see it: never its secret, which is not kept. */
export const ApiKeyInfo = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
});
export type ApiKeyInfo = z.infer<typeof ApiKeyInfo>;
export const ApiKeyList = z.object({ items: z.array(ApiKeyInfo) });

/** One request made with a community's key, as the audit log keeps it. */
export const AuditEntry = z.object({ at: z.string(), keyId: z.string(), keyLabel: z.string(), method: z.string(), path: z.string(), status: Int });
export type AuditEntry = z.infer<typeof AuditEntry>;
/** A page of the audit log, latest first; `nextCursor` reads the entries before it, and is null (or absent, from servers before it) on the last. */
export const AuditLog = z.object({ items: z.array(AuditEntry), nextCursor: z.optional(z.nullable(z.string())) });
export type AuditLog = z.infer<typeof AuditLog>;

/** Query of `GET` and `DELETE …/personal-data`: the person's phone. */
export const PersonalDataQuery = z.object({ phone: PhoneNumber });

/** Body of `POST …/api-keys`: what the key is for, as staff will know it in the list. */
export const NewApiKey = z.object({ label: LineOfText(100) });
/** A key just made: its secret, shown this once. */
export const ApiKeyCreated = z.object({ key: ApiKeyInfo, secret: z.string() });
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;

/** `GET` and `PUT …/write-origins`: the web origins (https://www.example.gov.cn) a community takes residents' writes from, besides the API's own. */
export const WriteOrigins = z.object({ origins: checked(z.array(Text(200, 1)), z.maxLength(100)) });
export type WriteOrigins = z.infer<typeof WriteOrigins>;
