import type { RegistrationCheck } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { type CancelledBy, type Outcome, type Refuser, outcomeOf, refuserOf, requireCancelToken } from "../refusals.js";
import type { CancelRefusal } from "./cancel.js";

const refuse: Refuser<CancelRefusal> = refuserOf();

/**
 * Where a registration stands now, for whoever holds its token: confirmed (perhaps moved up from the
 * waitlist), its place on the waitlist, or cancelled; and whether the community called the event off.
 * Nothing about who registered.
 */
export async function checkRegistration(
  db: Kysely<Database>,
  command: CancelledBy & { communityId: string; eventId: string; registrationId: string },
): Promise<Outcome<RegistrationCheck, CancelRefusal>> {
  return outcomeOf(async () => {
    const row = await db
      .selectFrom("registrations")
      .innerJoin("events", (join) => join.onRef("events.community_id", "=", "registrations.community_id").onRef("events.id", "=", "registrations.event_id"))
      .select(["registrations.seq", "registrations.status", "registrations.cancel_token_hash", "events.status as event_status"])
      .where("registrations.community_id", "=", command.communityId)
      .where("registrations.event_id", "=", command.eventId)
      .where("registrations.id", "=", command.registrationId)
      .executeTakeFirst();
    if (!row) refuse("registration_not_found", "Registration not found", "There is no such registration for this event");
    requireCancelToken(row.cancel_token_hash, command, "registration");
    const held = { registrationId: command.registrationId, eventCancelled: row.event_status === "cancelled" };
    if (row.status !== "waitlisted") return { ...held, status: row.status };
    const ahead = await db
      .selectFrom("registrations")
      .select((expression) => expression.fn.countAll<number>().as("position"))
      .where("community_id", "=", command.communityId)
      .where("event_id", "=", command.eventId)
      .where("status", "=", "waitlisted")
      .where("seq", "<=", row.seq)
      .executeTakeFirstOrThrow();
    return { ...held, status: "waitlisted", position: Number(ahead.position) };
  });
}
