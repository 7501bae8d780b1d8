import * as z from "zod/mini";
import { Instant, PlainDate, Slug, TimeZone } from "./common.js";
import { RegistrationInfo } from "./registration.js";

export const Audience = z.enum(["everyone", "elders", "children", "families", "youth"]);
export type Audience = z.infer<typeof Audience>;

export const EventLocation = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  address: z.optional(z.string().check(z.maxLength(500))),
  /** WGS-84 latitude and longitude. */
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lng: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});
export type EventLocation = z.infer<typeof EventLocation>;

/**
 * An event as the API returns it. `end` is exclusive; an all-day event runs
 * from midnight of its first day to midnight after its last, in `timezone`.
 */
export const Event = z.object({
  id: Slug,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Plain text, or HTML that every reader must sanitize before rendering. */
  description: z.string().check(z.maxLength(20000)),
  start: Instant,
  end: Instant,
  allDay: z.boolean(),
  timezone: TimeZone,
  location: EventLocation,
  category: Slug,
  organizer: z.optional(z.string().check(z.maxLength(200))),
  audience: z.optional(Audience),
  capacity: z.optional(z.int().check(z.gte(0))),
  /** Places taken by confirmed registrations, party sizes counted. */
  registeredCount: z.optional(z.int().check(z.gte(0))),
  /** Present when residents can register for the event online. */
  registration: z.optional(RegistrationInfo),
  imageUrl: z.optional(z.url({ protocol: /^https?$/ })),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  /** "cancelled" when the community has called it off; it stays listed, marked as such. */
  status: z.optional(z.enum(["scheduled", "cancelled"])),
  /** The series an occurrence of a recurring event belongs to; each occurrence has its own id, places and registrations. */
  seriesId: z.optional(Slug),
  updatedAt: Instant,
});
export type Event = z.infer<typeof Event>;

/** Query of `GET /v1/communities/{community}/events`; every value arrives as a string. */
export const EventListQuery = z.object({
  /** A day (in the community's time zone) or an instant; events ending after it. */
  from: z.optional(z.union([PlainDate, Instant])),
  /** A day (exclusive) or an instant; events starting before it. */
  to: z.optional(z.union([PlainDate, Instant])),
  /** One category id, or several separated by commas. */
  category: z.optional(z.string().check(z.regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/))),
  /** Words that the title or the place must contain. */
  q: z.optional(z.string().check(z.maxLength(100))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000))),
});
export type EventListQuery = z.input<typeof EventListQuery>;
