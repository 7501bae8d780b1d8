import type { Kysely } from "kysely";
import { writeTransaction } from "../database/write-transaction.js";
import { noticeChange } from "../notices/write-notice.js";
import type { Database } from "../database/tables.js";
import { type CancelledBy, type Outcome, type Refuser, outcomeOf, refuserOf, requireCancelToken } from "../refusals.js";
import { takePlaces } from "./register.js";

export type CancelRefusal = "registration_not_found" | "invalid_cancel_token";
const refuse: Refuser<CancelRefusal> = refuserOf();

/** The registration `command` names, with its event's status, for whoever holds its token (or staff acting on the person's request). */
export async function heldRegistration(db: Kysely<Database>, command: CancelledBy & { communityId: string; eventId: string; registrationId: string }) {
  const registration = await db
    .selectFrom("registrations")
    .innerJoin("events", (join) => join.onRef("events.community_id", "=", "registrations.community_id").onRef("events.id", "=", "registrations.event_id"))
    .selectAll("registrations")
    .select("events.status as event_status")
    .where("registrations.community_id", "=", command.communityId)
    .where("registrations.event_id", "=", command.eventId)
    .where("registrations.id", "=", command.registrationId)
    .executeTakeFirst();
  if (!registration) refuse("registration_not_found", "Registration not found", "There is no such registration for this event");
  requireCancelToken(registration.cancel_token_hash, command, "registration");
  return registration;
}

/**
 * Cancels a registration with its token (or for staff acting on the person's request), frees its places and confirms those
 * waiting, in arrival order, each that fits what is free (first fit, as when
 * registering). Cancelling twice is not an error: it stays cancelled.
 */
export async function cancelRegistration(
  db: Kysely<Database>,
  command: CancelledBy & { communityId: string; eventId: string; registrationId: string; now: Date },
): Promise<Outcome<{ promoted: number }, CancelRefusal>> {
  const now = command.now;
  return outcomeOf(() =>
    writeTransaction(db, command.communityId, async (transaction) => {
      const registration = await heldRegistration(transaction, command);
      if (registration.status === "cancelled") return { promoted: 0 };

      await transaction
        .updateTable("registrations")
        .set({ status: "cancelled", cancelled_at: now.toISOString() })
        .where("seq", "=", registration.seq)
        .execute();
      if (registration.status === "confirmed") {
        await transaction
          .updateTable("events")
          .set((expression) => ({ registered_count: expression("registered_count", "-", registration.party_size) }))
          .where("community_id", "=", command.communityId)
          .where("id", "=", command.eventId)
          .execute();
      }

      return { promoted: await promoteWaiting(transaction, command.communityId, command.eventId, now) };
    }),
  );
}

/** Confirms those waiting, in arrival order, each that fits what is free (first fit), and tells them; returns how many. */
export async function promoteWaiting(db: Kysely<Database>, communityId: string, eventId: string, now: Date): Promise<number> {
  let promoted = 0;
  const waiting = await db
    .selectFrom("registrations")
    .select(["seq", "id", "party_size"])
    .where("community_id", "=", communityId)
    .where("event_id", "=", eventId)
    .where("status", "=", "waitlisted")
    .orderBy("seq")
    .execute();
  for (const next of waiting) {
    if (!(await takePlaces(db, communityId, eventId, next.party_size))) continue;
    await db.updateTable("registrations").set({ status: "confirmed" }).where("seq", "=", next.seq).execute();
    await noticeChange(db, { communityId, subject: "registration", subjectId: next.id, cause: "promoted", now });
    promoted++;
  }
  return promoted;
}
