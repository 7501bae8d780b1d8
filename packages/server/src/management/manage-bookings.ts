import { type ManagedBooking, formatInstantIn, startOfDayIn } from "@community-kit/schema";
import { noticeChange } from "../notices/write-notice.js";
import type { Kysely } from "kysely";
import { writeTransaction } from "../database/write-transaction.js";
import type { Database, CommunityRow, BookingRow } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";

function managedBooking(row: BookingRow, timeZone: string): ManagedBooking {
  const booking: ManagedBooking = {
    id: row.id,
    kind: row.kind,
    resourceId: row.resource_id,
    start: formatInstantIn(new Date(row.start_at), timeZone),
    end: formatInstantIn(new Date(row.end_at), timeZone),
    units: row.units,
    status: row.status,
    purpose: row.purpose,
    name: row.name,
    phone: row.phone,
    createdAt: formatInstantIn(new Date(row.created_at), timeZone),
  };
  if (row.organisation !== null) booking.organisation = row.organisation;
  if (row.attendees !== null) booking.attendees = row.attendees;
  if (row.decision_reason) booking.reason = row.decision_reason;
  return booking;
}

/** Bookings with who made them, in start order: what staff need to approve, prepare and reach people. */
export async function listBookings(
  db: Kysely<Database>,
  community: CommunityRow,
  query: { resource?: string; status?: ManagedBooking["status"]; from?: string; to?: string },
): Promise<ManagedBooking[]> {
  let select = db.selectFrom("bookings").selectAll().where("community_id", "=", community.id);
  if (query.resource) select = select.where("resource_id", "=", query.resource);
  if (query.status) select = select.where("status", "=", query.status);
  if (query.from) select = select.where("end_at", ">", startOfDayIn(query.from, community.timezone).toISOString());
  if (query.to) select = select.where("start_at", "<", startOfDayIn(query.to, community.timezone).toISOString());
  const rows = await select.orderBy("start_at").orderBy("seq").limit(1000).execute();
  return rows.map((row) => managedBooking(row, community.timezone));
}

/**
 * The centre cancels a booking it cannot keep (the room is needed, a pipe burst), with the reason the
 * resident reads: its time is free at once, and the resident who asked is told. Only the centre
 * gives a reason for cancelling, which is how residents' widgets tell its cancellations from theirs.
 */
export async function cancelByCentre(db: Kysely<Database>, community: CommunityRow, id: string, reason: string, now: Date): Promise<ManagedBooking> {
  return writeTransaction(db, community.id, async (transaction) => {
    const row = await transaction
      .selectFrom("bookings")
      .selectAll()
      .where("community_id", "=", community.id)
      .where("id", "=", id)
      .where("kind", "=", "booking")
      .executeTakeFirst();
    if (!row) throw new ProblemError(404, "booking_not_found", "Booking not found", `There is no booking "${id}"`);
    if (row.status !== "confirmed" && row.status !== "pending") {
      throw new ProblemError(409, "booking_not_active", "Not active", `This booking is ${row.status}`);
    }
    const cancelled = { status: "cancelled" as const, cancelled_at: now.toISOString(), decision_reason: reason };
    await transaction.updateTable("bookings").set(cancelled).where("seq", "=", row.seq).execute();
    await noticeChange(transaction, { communityId: community.id, subject: "booking", subjectId: id, cause: "cancelled", now });
    return managedBooking({ ...row, ...cancelled }, community.timezone);
  });
}

/** Approves or rejects a booking awaiting approval, a rejection with the reason the resident reads; a rejected one frees its time at once. */
export async function decideBooking(
  db: Kysely<Database>,
  community: CommunityRow,
  id: string,
  decision: "confirmed" | "rejected",
  now: Date,
  reason: string | null = null,
): Promise<ManagedBooking> {
  return writeTransaction(db, community.id, async (transaction) => {
    const row = await transaction.selectFrom("bookings").selectAll().where("community_id", "=", community.id).where("id", "=", id).executeTakeFirst();
    if (!row) throw new ProblemError(404, "booking_not_found", "Booking not found", `There is no booking "${id}"`);
    if (row.status !== "pending" && row.status !== decision) {
      throw new ProblemError(409, "booking_not_pending", "Not awaiting approval", `This booking is ${row.status}`);
    }
    const decided = { status: decision, decision_reason: decision === "rejected" ? (reason ?? row.decision_reason) : null };
    await transaction.updateTable("bookings").set(decided).where("seq", "=", row.seq).execute();
    // Deciding again what is decided changes nothing, and tells nobody twice.
    if (row.status === "pending") {
      const cause = decision === "confirmed" ? "approved" : "rejected";
      await noticeChange(transaction, { communityId: community.id, subject: "booking", subjectId: id, cause, now });
    }
    return managedBooking({ ...row, ...decided }, community.timezone);
  });
}
