import * as z from "zod/mini";
import { noticeConsentFields } from "./notice-consent.js";
import { checked } from "./checked.js";
import { Instant, Int, LineOfText, PlainDate, Slug, TimeZone, WholeNumber, Text } from "./common.js";
import { EventLocation } from "./event.js";
import { PersonName, PhoneNumber } from "./registration.js";

const WallTime = checked(z.string(), z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));

export const OpeningPeriod = z.object({
  /** 1 = Monday … 7 = Sunday */
  weekday: WholeNumber(1, 7),
  open: WallTime,
  close: WallTime,
});
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;

/** Days a resource is closed, `from` to `to` inclusive (holidays, works). */
export const ClosedDays = z.object({ from: PlainDate, to: PlainDate, reason: Text(200) });
export type ClosedDays = z.infer<typeof ClosedDays>;

export const BookingLimits = z.object({
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
export type BookingLimits = z.infer<typeof BookingLimits>;

export const ResourceKind = z.enum(["room", "equipment"]);
export type ResourceKind = z.infer<typeof ResourceKind>;

/** A room or a piece of equipment residents may book, with the rules it is booked by. */
export const Resource = z.object({
  id: Slug,
  kind: ResourceKind,
  name: Text(200, 1),
  description: Text(5000),
  /** Pictures: a web address (http or https), or a path on the API's own server (/photos/hall.jpg), read against the API's address. */
  photos: z.array(z.union([checked(z.url(), z.regex(/^https?:/i)), checked(z.string(), z.regex(/^\/([^/\s]\S*)?$/))])),
  /** People a room holds. */
  capacity: z.optional(WholeNumber(1, 10_000)),
  /** Units of equipment there are to lend. */
  quantity: z.optional(WholeNumber(1, 10_000)),
  amenities: z.array(Text(100)),
  /** e.g. 音量不超过 60 分贝，20:30 前归还 */
  usageNotes: z.optional(Text(2000)),
  location: EventLocation,
  timezone: TimeZone,
  hours: z.array(OpeningPeriod),
  closures: z.array(ClosedDays),
  limits: BookingLimits,
  /** Staff approve each booking before it holds the resource for sure. */
  approval: z.boolean(),
  /** Active bookings one phone number may hold at a time. */
  maxActivePerPhone: WholeNumber(1, 1000),
});
export interface Resource extends z.infer<typeof Resource> {}

/** Body of `POST …/bookings`. */
export const BookingRequest = z.object({
  resourceId: Slug,
  start: Instant,
  end: Instant,
  /** Units of equipment; a room is booked whole. */
  units: z.optional(WholeNumber(1, 10_000)),
  purpose: LineOfText(200),
  organisation: z.optional(Text(200)),
  attendees: z.optional(WholeNumber(1, 10_000)),
  name: PersonName,
  phone: PhoneNumber,
  consent: z.literal(true),
  ...noticeConsentFields,
});
export type BookingRequest = z.input<typeof BookingRequest>;

export const BookingStatus = z.enum(["confirmed", "pending"]);

export const BookingResult = z.object({
  bookingId: z.string(),
  status: BookingStatus,
  start: Instant,
  end: Instant,
  /** Secret that cancels this booking; keep it on the resident's device. */
  cancelToken: z.string(),
  /** What the resident reads out to cancel this booking by phone, with the phone number it was made with: `formatShortCode` shows it. */
  shortCode: z.string(),
});
export interface BookingResult extends z.infer<typeof BookingResult> {}

/**
 * `GET …/resources/{id}/availability`: the slots of the days asked, never whose booking. A slot is
 * free, busy (booked), buffer (kept clear beside a booking), maintenance (kept by staff), or
 * unavailable by the time, with the reason: past, too_soon (within the lead time), too_far_ahead.
 */
export const Availability = z.object({
  resourceId: Slug,
  slots: z.array(
    z.object({
      start: Instant,
      end: Instant,
      state: z.enum(["free", "busy", "buffer", "maintenance", "unavailable"]),
      reason: z.optional(z.enum(["past", "too_soon", "too_far_ahead"])),
    }),
  ),
});
export interface Availability extends z.infer<typeof Availability> {}

/** Query of `GET …/resources`. */
export const ResourceListQuery = z.object({ kind: z.optional(ResourceKind) });

/** Query of `GET …/resources/{id}/availability`: days in the resource's zone, `to` exclusive. */
export const AvailabilityQuery = z.object({ from: z.optional(PlainDate), to: z.optional(PlainDate) });

const ManagedBookingStatus = z.enum(["confirmed", "pending", "cancelled", "rejected"]);

/** A booking as management sees it: with who booked and how to reach them. */
export const ManagedBooking = z.object({
  id: z.string(),
  /** booking: a resident's; block: time staff keep free, for maintenance */
  kind: z.enum(["booking", "block"]),
  resourceId: Slug,
  start: Instant,
  end: Instant,
  units: Int,
  status: ManagedBookingStatus,
  purpose: z.string(),
  organisation: z.optional(z.string()),
  attendees: z.optional(Int),
  name: z.string(),
  phone: z.string(),
  createdAt: Instant,
  /** With rejected: the reason given to the resident; with a block: why the time is kept. */
  reason: z.optional(z.string()),
});
export type ManagedBooking = z.infer<typeof ManagedBooking>;
export const ManagedBookingList = z.array(ManagedBooking);

/** `GET …/bookings/{id}` with the booking's Cancel-Token: where it stands now, and why staff said no. */
export const BookingCheck = z.object({
  bookingId: z.string(),
  resourceId: Slug,
  status: z.enum(["confirmed", "pending", "rejected", "cancelled"]),
  /** With rejected, or cancelled by the centre (only the centre gives a reason for cancelling): the reason staff gave, for the resident. */
  reason: z.optional(z.string()),
});
export interface BookingCheck extends z.infer<typeof BookingCheck> {}

/** Body of management's `POST …/bookings/{id}/reject` and `…/cancel`: the reason the resident reads. */
export const BookingRejection = z.object({ reason: LineOfText(200) });
export type BookingRejection = z.input<typeof BookingRejection>;

/** Body of management's `POST …/resources/{id}/blocks`: time kept free of bookings, for maintenance. */
export const BlockRequest = z.object({
  start: Instant,
  end: Instant,
  reason: LineOfText(200),
});

/** Body of management's `POST …/resources`; `PATCH …/resources/{id}` takes any of its fields but the id. */
export const ResourceWrite = z.omit(Resource, { timezone: true });
export const ResourceUpdate = z.partial(z.omit(Resource, { id: true, timezone: true }));

/** Query of management's `GET …/bookings`. */
export const BookingListQuery = z.object({
  resource: z.optional(Slug),
  status: z.optional(ManagedBookingStatus),
  from: z.optional(PlainDate),
  to: z.optional(PlainDate),
});
