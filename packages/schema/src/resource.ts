import * as v from "valibot";
import { object } from "./json-object.js";
import { Instant, Int, LineOfText, PlainDate, Slug, TimeZone, WholeNumber } from "./common.js";
import { EventLocation } from "./event.js";
import { PersonName, PhoneNumber } from "./registration.js";

const WallTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));

export const OpeningPeriod = object({
  /** 1 = Monday … 7 = Sunday */
  weekday: WholeNumber(1, 7),
  open: WallTime,
  close: WallTime,
});
export type OpeningPeriod = v.InferOutput<typeof OpeningPeriod>;

/** Days a resource is closed, `from` to `to` inclusive (holidays, works). */
export const ClosedDays = object({ from: PlainDate, to: PlainDate, reason: v.pipe(v.string(), v.maxCodePoints(200)) });
export type ClosedDays = v.InferOutput<typeof ClosedDays>;

export const BookingLimits = object({
  /** Bookings start and end on this grid, counted from opening time. */
  slotMinutes: WholeNumber(5, 240),
  minMinutes: WholeNumber(5, 24 * 60),
  maxMinutes: WholeNumber(5, 24 * 60),
  /** How long before its start a booking must be made. */
  leadMinutes: WholeNumber(0, 366 * 24 * 60),
  /** How many days ahead one may book. */
  horizonDays: WholeNumber(1, 366),
  /** Kept free between two bookings (cleaning, handing equipment over). */
  bufferMinutes: WholeNumber(0, 240),
});
export type BookingLimits = v.InferOutput<typeof BookingLimits>;

export const ResourceKind = v.picklist(["room", "equipment"]);
export type ResourceKind = v.InferOutput<typeof ResourceKind>;

/** A room or a piece of equipment residents may book, with the rules it is booked by. */
export const Resource = object({
  id: Slug,
  kind: ResourceKind,
  name: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(200)),
  description: v.pipe(v.string(), v.maxCodePoints(5000)),
  photos: v.array(v.pipe(v.string(), v.url())),
  /** People a room holds. */
  capacity: v.optional(WholeNumber(1, 10_000)),
  /** Units of equipment there are to lend. */
  quantity: v.optional(WholeNumber(1, 10_000)),
  amenities: v.array(v.pipe(v.string(), v.maxCodePoints(100))),
  /** e.g. 音量不超过 60 分贝，20:30 前归还 */
  usageNotes: v.optional(v.pipe(v.string(), v.maxCodePoints(2000))),
  location: EventLocation,
  timezone: TimeZone,
  hours: v.array(OpeningPeriod),
  closures: v.array(ClosedDays),
  limits: BookingLimits,
  /** Staff approve each booking before it holds the resource for sure. */
  approval: v.boolean(),
  /** Active bookings one phone number may hold at a time. */
  maxActivePerPhone: WholeNumber(1, 1000),
});
export type Resource = v.InferOutput<typeof Resource>;

/** Body of `POST …/bookings`. */
export const BookingRequest = object({
  resourceId: Slug,
  start: Instant,
  end: Instant,
  /** Units of equipment; a room is booked whole. */
  units: v.optional(WholeNumber(1, 10_000)),
  purpose: LineOfText(200),
  organisation: v.optional(v.pipe(v.string(), v.maxCodePoints(200))),
  attendees: v.optional(WholeNumber(1, 10_000)),
  name: PersonName,
  phone: PhoneNumber,
  consent: v.literal(true),
});
export type BookingRequest = v.InferInput<typeof BookingRequest>;

export const BookingStatus = v.picklist(["confirmed", "pending"]);

export const BookingResult = object({
  bookingId: v.string(),
  status: BookingStatus,
  start: Instant,
  end: Instant,
  /** Secret that cancels this booking; keep it on the resident's device. */
  cancelToken: v.string(),
});
export type BookingResult = v.InferOutput<typeof BookingResult>;

/** `GET …/resources/{id}/availability`: the slots of the days asked, never whose booking. */
export const Availability = object({
  resourceId: Slug,
  slots: v.array(object({ start: Instant, end: Instant, state: v.picklist(["free", "busy", "unavailable"]) })),
});
export type Availability = v.InferOutput<typeof Availability>;

/** Query of `GET …/resources`. */
export const ResourceListQuery = object({ kind: v.optional(ResourceKind) });

/** Query of `GET …/resources/{id}/availability`: days in the resource's zone, `to` exclusive. */
export const AvailabilityQuery = object({ from: v.optional(PlainDate), to: v.optional(PlainDate) });

const ManagedBookingStatus = v.picklist(["confirmed", "pending", "cancelled", "rejected"]);

/** A booking as management sees it: with who booked and how to reach them. */
export const ManagedBooking = object({
  id: v.string(),
  /** booking: a resident's; block: time staff keep free, for maintenance */
  kind: v.picklist(["booking", "block"]),
  resourceId: Slug,
  start: Instant,
  end: Instant,
  units: Int,
  status: ManagedBookingStatus,
  purpose: v.string(),
  organisation: v.optional(v.string()),
  attendees: v.optional(Int),
  name: v.string(),
  phone: v.string(),
  createdAt: Instant,
});
export type ManagedBooking = v.InferOutput<typeof ManagedBooking>;
export const ManagedBookingList = v.array(ManagedBooking);

/** Body of management's `POST …/resources/{id}/blocks`: time kept free of bookings, for maintenance. */
export const BlockRequest = object({
  start: Instant,
  end: Instant,
  reason: LineOfText(200),
});

/** Body of management's `POST …/resources`; `PATCH …/resources/{id}` takes any of its fields but the id. */
export const ResourceWrite = v.omit(Resource, ["timezone"]);
export const ResourceUpdate = v.partial(v.omit(Resource, ["id", "timezone"]));

/** Query of management's `GET …/bookings`. */
export const BookingListQuery = object({
  resource: v.optional(Slug),
  status: v.optional(ManagedBookingStatus),
  from: v.optional(PlainDate),
  to: v.optional(PlainDate),
});
