import * as z from "zod/mini";
import { checked } from "./checked.js";
import { DayOrInstant, HttpUrl, Instant, Int, QueryWholeNumber, Slug, TimeZone, Text } from "./common.js";
import { RegistrationInfo } from "./registration.js";

export const Audience = z.enum(["everyone", "elders", "children", "families", "youth"]);
export type Audience = z.infer<typeof Audience>;

export const EventLocation = z.object({
  name: Text(200, 1),
  address: z.optional(Text(500)),
  /** WGS-84 latitude and longitude. */
  lat: z.optional(checked(z.number(), z.gte(-90), z.lte(90))),
  lng: z.optional(checked(z.number(), z.gte(-180), z.lte(180))),
});
export type EventLocation = z.infer<typeof EventLocation>;

/**
 * An event as the API returns it. `end` is exclusive; an all-day event runs
 * from midnight of its first day to midnight after its last, in `timezone`.
 */
export const Event = z.object({
  id: Slug,
  title: Text(200, 1),
  /** Plain text, or HTML that every reader must sanitize before rendering. */
  description: Text(20000),
  start: Instant,
  end: Instant,
  allDay: z.boolean(),
  timezone: TimeZone,
  location: EventLocation,
  category: Slug,
  organizer: z.optional(Text(200)),
  audience: z.optional(Audience),
  capacity: z.optional(Int),
  /** Places taken by confirmed registrations, party sizes counted. */
  registeredCount: z.optional(Int),
  /** Present when residents can register for the event online. */
  registration: z.optional(RegistrationInfo),
  imageUrl: z.optional(HttpUrl),
  url: z.optional(HttpUrl),
  /** "cancelled" when the community has called it off; it stays listed, marked as such. */
  status: z.optional(z.enum(["scheduled", "cancelled"])),
  /** The series an occurrence of a recurring event belongs to; each occurrence has its own id, places and registrations. */
  seriesId: z.optional(Slug),
  updatedAt: Instant,
});
export interface Event extends z.infer<typeof Event> {}

/** Query of `GET /v1/communities/{community}/events`; every value arrives as a string. */
export const EventListQuery = z.object({
  /** A day (in the community's time zone) or an instant; events ending after it. */
  from: z.optional(DayOrInstant),
  /** A day (exclusive) or an instant; events starting before it. */
  to: z.optional(DayOrInstant),
  /** One category id, or several separated by commas. */
  category: z.optional(checked(z.string(), z.regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/))),
  /** Words that the title or the place must contain. */
  q: z.optional(Text(100)),
  cursor: z.optional(Text(200)),
  limit: z.optional(QueryWholeNumber(1, 1000)),
});
export type EventListQuery = z.input<typeof EventListQuery>;
