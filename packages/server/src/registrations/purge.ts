import { type Kysely, sql } from "kysely";
import type { Database } from "../database/tables.js";

/**
 * Erases the names and phone numbers of registrations for events that ended
 * more than their community's retention period ago, as the consent notice
 * promises. Counts and statuses stay, so past events keep their numbers.
 * Returns how many registrations were erased.
 */
export async function purgeExpiredRegistrations(db: Kysely<Database>, now = new Date()): Promise<number> {
  const result = await db
    .updateTable("registrations")
    .set({ name: "", phone: sql`'erased:' || id`, cancel_token_hash: "" })
    .where("name", "!=", "")
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("events")
          .innerJoin("communities", "communities.id", "events.community_id")
          .select(sql`1`.as("one"))
          .whereRef("events.community_id", "=", "registrations.community_id")
          .whereRef("events.id", "=", "registrations.event_id")
          .where("events.end_at", "<=", sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${now.toISOString()}, '-' || communities.retention_days || ' days')`),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

const SIX_HOURS = 6 * 3600 * 1000;

/** Purges now and every six hours while the server runs; returns the function that stops it. */
export function purgeRegularly(db: Kysely<Database>, onError: (error: unknown) => void): () => void {
  const run = () => purgeExpiredRegistrations(db).catch(onError);
  void run();
  const timer = setInterval(run, SIX_HOURS);
  timer.unref();
  return () => clearInterval(timer);
}
