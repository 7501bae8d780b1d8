import * as v from "valibot";
import { object } from "./json-object.js";
import { DayOrInstant, HttpUrl, Instant, Int, QueryWholeNumber, Slug, TimeZone } from "./common.js";
import { RegistrationInfo } from "./registration.js";

export const Audience = v.picklist(["everyone", "elders", "children", "families", "youth"]);
export type Audience = v.InferOutput<typeof Audience>;

export const EventLocation = object({
  name: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(200)),
  address: v.optional(v.pipe(v.string(), v.maxCodePoints(500))),
  /** WGS-84 latitude and longitude. */
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lng: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
});
export type EventLocation = v.InferOutput<typeof EventLocation>;

/**
 * An event as the API returns it. `end` is exclusive; an all-day event runs
 * from midnight of its first day to midnight after its last, in `timezone`.
 */
export const Event = object({
  id: Slug,
  title: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(200)),
  /** Plain text, or HTML that every reader must sanitize before rendering. */
  description: v.pipe(v.string(), v.maxCodePoints(20000)),
  start: Instant,
  end: Instant,
  allDay: v.boolean(),
  timezone: TimeZone,
  location: EventLocation,
  category: Slug,
  organizer: v.optional(v.pipe(v.string(), v.maxCodePoints(200))),
  audience: v.optional(Audience),
  capacity: v.optional(Int),
  /** Places taken by confirmed registrations, party sizes counted. */
  registeredCount: v.optional(Int),
  /** Present when residents can register for the event online. */
  registration: v.optional(RegistrationInfo),
  imageUrl: v.optional(HttpUrl),
  url: v.optional(HttpUrl),
  /** "cancelled" when the community has called it off; it stays listed, marked as such. */
  status: v.optional(v.picklist(["scheduled", "cancelled"])),
  /** The series an occurrence of a recurring event belongs to; each occurrence has its own id, places and registrations. */
  seriesId: v.optional(Slug),
  updatedAt: Instant,
});
export type Event = v.InferOutput<typeof Event>;

/** Query of `GET /v1/communities/{community}/events`; every value arrives as a string. */
export const EventListQuery = object({
  /** A day (in the community's time zone) or an instant; events ending after it. */
  from: v.optional(DayOrInstant),
  /** A day (exclusive) or an instant; events starting before it. */
  to: v.optional(DayOrInstant),
  /** One category id, or several separated by commas. */
  category: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/))),
  /** Words that the title or the place must contain. */
  q: v.optional(v.pipe(v.string(), v.maxCodePoints(100))),
  cursor: v.optional(v.pipe(v.string(), v.maxCodePoints(200))),
  limit: v.optional(QueryWholeNumber(1, 1000)),
});
export type EventListQuery = v.InferInput<typeof EventListQuery>;
