import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";

/** Events of a community with their waitlist counts: what the public event views are built from. */
export function selectEvents(db: Kysely<Database>, communityId: string) {
  return db
    .selectFrom("events")
    .selectAll("events")
    .select((expression) =>
      expression
        .selectFrom("registrations")
        .select(expression.fn.countAll<number>().as("count"))
        .whereRef("registrations.community_id", "=", "events.community_id")
        .whereRef("registrations.event_id", "=", "events.id")
        .where("registrations.status", "=", "waitlisted")
        .as("waitlisted"),
    )
    .where("events.community_id", "=", communityId);
}
