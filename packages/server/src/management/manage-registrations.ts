import type { ManagedRegistration } from "@community-kit/schema";
import { noticeChange } from "../notices/write-notice.js";
import { type Kysely, sql } from "kysely";
import { writeTransaction } from "../database/write-transaction.js";
import type { CommunityRow, Database } from "../database/tables.js";
import { findEventRow } from "../events/occurrences.js";
import { ProblemError } from "../http/problem.js";
import { takePlaces } from "../registrations/register.js";
import { listRegistrations } from "./list-registrations.js";

async function registrationRow(db: Kysely<Database>, community: CommunityRow, id: string) {
  const row = await db.selectFrom("registrations").selectAll().where("community_id", "=", community.id).where("id", "=", id).executeTakeFirst();
  if (!row) throw new ProblemError(404, "registration_not_found", "Registration not found", `There is no registration "${id}" in ${community.id}`);
  return row;
}

/** The registration as management lists it, with its place on the waitlist. */
async function managed(db: Kysely<Database>, community: CommunityRow, eventId: string, id: string): Promise<ManagedRegistration> {
  const event = (await findEventRow(db, community.id, eventId))!;
  return (await listRegistrations(db, community.id, event)).find((registration) => registration.id === id)!;
}

/** A confirmed party arrived at the door: checked in now, or when it first was (a second tap changes nothing). */
export async function checkInRegistration(db: Kysely<Database>, community: CommunityRow, id: string, now: Date): Promise<ManagedRegistration> {
  const row = await registrationRow(db, community, id);
  if (row.status !== "confirmed")
    throw new ProblemError(409, "registration_not_confirmed", "Not confirmed", "Only a confirmed registration is checked in; confirm one waiting first");
  if (!row.checked_in_at) await db.updateTable("registrations").set({ checked_in_at: now.toISOString() }).where("seq", "=", row.seq).execute();
  return managed(db, community, row.event_id, id);
}

/** A check-in made by mistake, taken back. */
export async function undoCheckIn(db: Kysely<Database>, community: CommunityRow, id: string): Promise<ManagedRegistration> {
  const row = await registrationRow(db, community, id);
  await db.updateTable("registrations").set({ checked_in_at: null }).where("seq", "=", row.seq).execute();
  return managed(db, community, row.event_id, id);
}

/**
 * Staff take a waiting party in, out of turn: into places that are free, else into places added
 * for it (the event's capacity grows by what it lacks), as when the centre puts out more chairs.
 * The capacity check stays the database's: places are taken by the same conditional update.
 */
export async function confirmFromWaitlist(db: Kysely<Database>, community: CommunityRow, id: string, now: Date): Promise<ManagedRegistration> {
  const eventId = await writeTransaction(db, community.id, async (transaction) => {
    const row = await registrationRow(transaction, community, id);
    if (row.status !== "waitlisted")
      throw new ProblemError(409, "registration_not_waitlisted", "Not waiting", "Only a registration on the waitlist is confirmed");
    if (!(await takePlaces(transaction, community.id, row.event_id, row.party_size))) {
      await transaction
        .updateTable("events")
        .set({ capacity: sql`coalesce(registered_count, 0) + ${row.party_size}` })
        .where("community_id", "=", community.id)
        .where("id", "=", row.event_id)
        .execute();
      if (!(await takePlaces(transaction, community.id, row.event_id, row.party_size))) throw new Error(`no places for ${id} after adding them`);
    }
    await transaction.updateTable("registrations").set({ status: "confirmed" }).where("seq", "=", row.seq).execute();
    await noticeChange(transaction, { communityId: community.id, subject: "registration", subjectId: id, cause: "promoted", now });
    return row.event_id;
  });
  return managed(db, community, eventId, id);
}
