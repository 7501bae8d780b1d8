import type { RegistrationCheck } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { type CancelledBy, type Outcome, outcomeOf } from "../refusals.js";
import { type CancelRefusal, heldRegistration } from "./cancel.js";
import { waitlistPosition } from "./register.js";

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
    const registration = await heldRegistration(db, command);
    const held = { registrationId: registration.id, eventCancelled: registration.event_status === "cancelled" };
    if (registration.status !== "waitlisted") return { ...held, status: registration.status };
    return { ...held, status: "waitlisted", position: await waitlistPosition(db, command.communityId, command.eventId, registration.id) };
  });
}
