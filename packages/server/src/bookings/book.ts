import { randomUUID } from "node:crypto";
import { consentColumns } from "../notices/consent-columns.js";
import { noticeChange } from "../notices/write-notice.js";
import type * as z from "zod/mini";
import {
  type BookingCheck,
  type BookingProblemCode,
  type BookingRequest,
  type BookingResult,
  checkBookingTime,
  dayOf,
  daysAfter,
  type FieldError,
  fits,
  formatInstantIn,
  nextFreeStarts,
} from "@community-kit/schema";
import type { Kysely } from "kysely";
import { writeTransaction } from "../database/write-transaction.js";
import type { Database } from "../database/tables.js";
import { earlierAnswer, fingerprintOf, rememberAnswer } from "../http/idempotency.js";
import { residentSecrets } from "../short-codes/short-code.js";
import { type CancelledBy, type Outcome, type Refuser, outcomeOf, refuseFields, refuserOf, requireCancelToken } from "../refusals.js";
import { heldAs, heldBookings, scheduleOf } from "../resources/availability.js";
import { resourceFromRow } from "../resources/resource-row.js";

const PROBLEM_MESSAGES: Record<BookingProblemCode, string> = {
  end_before_start: "The end must come after the start",
  in_past: "This time has passed",
  too_soon: "Too soon: book further ahead",
  too_far_ahead: "Too far ahead to book yet",
  too_short: "Shorter than this resource may be booked",
  too_long: "Longer than this resource may be booked",
  off_grid: "Start and end must fall on the booking grid",
  closed: "Closed that day",
  outside_hours: "Outside the opening hours",
};

export interface BookCommand {
  communityId: string;
  idempotencyKey: string;
  /** The body as the schema made it (a phone normalized, defaults filled). */
  request: z.output<typeof BookingRequest>;
  now: Date;
}

/** A booking, or the first answer to its Idempotency-Key replayed. */
export interface Booked {
  body: BookingResult;
  replayed: boolean;
}

export type BookingRefusal = "invalid_body" | "booking_limit_reached" | "slot_unavailable" | "idempotency_key_reused";
export type CancelRefusal = "booking_not_found" | "invalid_cancel_token";
const refuse: Refuser<BookingRefusal | CancelRefusal> = refuserOf();

/**
 * Books a room or equipment. Inside one write transaction of the community the bookings
 * that hold the resource are read and the new one is written only if it fits
 * beside them, buffers included (for equipment: while units last), so two
 * bookings can never both take the same time. A taken time is refused with
 * the next free ones; the same Idempotency-Key replays the first answer.
 */
export async function book(db: Kysely<Database>, command: BookCommand): Promise<Outcome<Booked, BookingRefusal>> {
  const { idempotencyKey: key, request } = command;
  const now = command.now;
  const start = new Date(request.start);
  const end = new Date(request.end);
  const fingerprint = fingerprintOf(request.resourceId, start.toISOString(), end.toISOString(), request.units, request.phone);

  return outcomeOf(() =>
    writeTransaction(db, command.communityId, async (transaction) => {
      const earlier = await earlierAnswer<BookingResult>(transaction, command.communityId, key, fingerprint);
      if (earlier) return { body: earlier.body, replayed: true };

      const row = await transaction
        .selectFrom("resources")
        .selectAll()
        .where("community_id", "=", command.communityId)
        .where("id", "=", request.resourceId)
        .executeTakeFirst();
      if (!row) refuseFields([{ field: "resourceId", code: "unknown_resource", message: `There is no room or equipment "${request.resourceId}"` }]);
      const resource = resourceFromRow(row);
      const schedule = scheduleOf(resource);
      const available = resource.quantity ?? 1;
      const units = resource.kind === "room" ? 1 : (request.units ?? 1);

      const errors: FieldError[] = checkBookingTime({ start, end }, dayOf(start, resource.timezone), schedule, now).map((problem) => ({
        field: problem.field,
        code: problem.code,
        message: PROBLEM_MESSAGES[problem.code],
      }));
      if (units > available) errors.push({ field: "units", code: "too_big", message: `There are ${available}` });
      if (resource.capacity !== undefined && (request.attendees ?? 1) > resource.capacity) {
        errors.push({ field: "attendees", code: "too_big", message: `The room holds ${resource.capacity}` });
      }
      if (errors.length) refuseFields(errors);

      const active = await transaction
        .selectFrom("bookings")
        .select((expression) => expression.fn.countAll<number>().as("count"))
        .where("community_id", "=", command.communityId)
        .where("resource_id", "=", resource.id)
        .where("phone", "=", request.phone)
        .where("status", "in", ["confirmed", "pending"])
        .where("end_at", ">", now.toISOString())
        .executeTakeFirstOrThrow();
      if (Number(active.count) >= resource.maxActivePerPhone) {
        refuse(
          "booking_limit_reached",
          "Booking limit reached",
          `This phone number already holds ${resource.maxActivePerPhone} booking(s) of ${resource.name}`,
          {
            errors: [{ field: "phone", code: "booking_limit_reached", message: `At most ${resource.maxActivePerPhone} active booking(s) per phone number` }],
          },
        );
      }

      // Only the bookings near the time asked decide; the rest of the horizon is read only to offer alternatives.
      const near = await heldBookings(transaction, command.communityId, resource, start, end);
      if (!fits({ start, end }, units, available, near, resource.limits.bufferMinutes)) {
        const horizon = daysAfter(now, resource.limits.horizonDays + 1);
        const ahead = await heldBookings(transaction, command.communityId, resource, start, horizon);
        const minutes = (end.getTime() - start.getTime()) / 60_000;
        const alternatives = nextFreeStarts(start, minutes, units, schedule, available, ahead, now, (instant) => dayOf(instant, resource.timezone)).map(
          (free) => ({
            start: formatInstantIn(free.start, resource.timezone),
            end: formatInstantIn(free.end, resource.timezone),
          }),
        );
        refuse("slot_unavailable", "Slot taken", "Someone else has this time; here are the next free ones", { extensions: { alternatives } });
      }

      const bookingId = randomUUID();
      const secrets = residentSecrets(request.phone);
      const status = resource.approval ? "pending" : "confirmed";
      await transaction
        .insertInto("bookings")
        .values({
          id: bookingId,
          community_id: command.communityId,
          resource_id: resource.id,
          start_at: start.toISOString(),
          end_at: end.toISOString(),
          units,
          status,
          purpose: request.purpose,
          organisation: request.organisation ?? null,
          attendees: request.attendees ?? null,
          name: request.name,
          phone: request.phone,
          ...secrets.kept,
          ...consentColumns(request),
          created_at: now.toISOString(),
          ...heldAs(resource),
        })
        .execute();
      if (status === "confirmed") {
        await noticeChange(transaction, { communityId: command.communityId, subject: "booking", subjectId: bookingId, cause: "confirmed", now });
      }
      const body: BookingResult = {
        bookingId,
        status,
        start: formatInstantIn(start, resource.timezone),
        end: formatInstantIn(end, resource.timezone),
        ...secrets.answer,
      };
      await rememberAnswer(transaction, command.communityId, key, fingerprint, 201, body, now);
      return { body, replayed: false };
    }),
  );
}

/** Cancels a booking with its token; the time is free at once. Cancelling twice is not an error. */
export async function cancelBooking(
  db: Kysely<Database>,
  command: CancelledBy & { communityId: string; bookingId: string; now: Date },
): Promise<Outcome<void, CancelRefusal>> {
  return outcomeOf(() =>
    writeTransaction(db, command.communityId, async (transaction) => {
      const booking = await transaction
        .selectFrom("bookings")
        .selectAll()
        .where("community_id", "=", command.communityId)
        .where("id", "=", command.bookingId)
        .executeTakeFirst();
      if (!booking) refuse("booking_not_found", "Booking not found", "There is no such booking");
      requireCancelToken(booking.cancel_token_hash, command, "booking");
      if (booking.status === "cancelled") return;
      // No reason: only the centre gives one for cancelling (cancelByCentre).
      await transaction
        .updateTable("bookings")
        .set({ status: "cancelled", cancelled_at: command.now.toISOString(), decision_reason: null })
        .where("seq", "=", booking.seq)
        .execute();
    }),
  );
}

/** Where a booking stands now, for whoever holds its token: approved, still waiting, turned down with the reason, or cancelled. */
export async function checkBooking(
  db: Kysely<Database>,
  command: CancelledBy & { communityId: string; bookingId: string },
): Promise<Outcome<BookingCheck, CancelRefusal>> {
  return outcomeOf(async () => {
    const booking = await db
      .selectFrom("bookings")
      .selectAll()
      .where("community_id", "=", command.communityId)
      .where("id", "=", command.bookingId)
      .where("kind", "=", "booking")
      .executeTakeFirst();
    if (!booking) refuse("booking_not_found", "Booking not found", "There is no such booking");
    requireCancelToken(booking.cancel_token_hash, command, "booking");
    const check: BookingCheck = { bookingId: booking.id, resourceId: booking.resource_id, status: booking.status };
    if ((booking.status === "rejected" || booking.status === "cancelled") && booking.decision_reason) check.reason = booking.decision_reason;
    return check;
  });
}
