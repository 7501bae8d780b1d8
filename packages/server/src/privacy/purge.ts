import { type Kysely, sql } from "kysely";
import type { Database } from "../database/tables.js";

/**
 * What erasing a person leaves of each kind of record: no name, phone, group,
 * skills or cancel token; the phone becomes a placeholder unique to the row.
 * The retention purge and a person's erasure on request both set these.
 */
export const ERASED = {
  registrations: { name: "", phone: sql<string>`'erased:' || id`, cancel_token_hash: "" },
  bookings: { name: "", phone: sql<string>`'erased:' || id`, organisation: null, cancel_token_hash: "" },
  signups: { name: "", phone: sql<string>`'erased:' || id`, skills: "[]", cancel_token_hash: "" },
} as const;

/** The instant `now` less the community's retention period, as SQLite compares stored instants. */
const retentionCutoff = (now: Date) => sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${now.toISOString()}, '-' || communities.retention_days || ' days')`;

/**
 * Erases the names and phone numbers of registrations for events that ended
 * more than their community's retention period ago, as the consent notice
 * promises. Counts and statuses stay, so past events keep their numbers.
 * Returns how many registrations were erased.
 */
export async function purgeExpiredRegistrations(db: Kysely<Database>, now = new Date()): Promise<number> {
  const result = await db
    .updateTable("registrations")
    .set(ERASED.registrations)
    .where("name", "!=", "")
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("events")
          .innerJoin("communities", "communities.id", "events.community_id")
          .select(sql`1`.as("one"))
          .whereRef("events.community_id", "=", "registrations.community_id")
          .whereRef("events.id", "=", "registrations.event_id")
          .where("events.end_at", "<=", retentionCutoff(now)),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Erases who booked (name, phone, organisation, cancel token) once a booking
 * ended more than the retention period ago; the time it held and its purpose
 * stay for the centre's usage figures. Staff blocks hold no personal data.
 */
export async function purgeExpiredBookings(db: Kysely<Database>, now = new Date()): Promise<number> {
  const result = await db
    .updateTable("bookings")
    .set(ERASED.bookings)
    .where("kind", "=", "booking")
    .where("name", "!=", "")
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("communities")
          .select(sql`1`.as("one"))
          .whereRef("communities.id", "=", "bookings.community_id")
          .where("bookings.end_at", "<=", retentionCutoff(now)),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Erases who volunteered (name, phone, skills, cancel token) once a shift
 * ended more than the retention period ago, as the sign-up form's notice
 * promises; statuses and attendance stay, so a team's counts and hours do.
 */
export async function purgeExpiredSignups(db: Kysely<Database>, now = new Date()): Promise<number> {
  const result = await db
    .updateTable("signups")
    .set(ERASED.signups)
    .where("name", "!=", "")
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("shifts")
          .innerJoin("communities", "communities.id", "shifts.community_id")
          .select(sql`1`.as("one"))
          .whereRef("shifts.community_id", "=", "signups.community_id")
          .whereRef("shifts.id", "=", "signups.shift_id")
          .where("shifts.end_at", "<=", retentionCutoff(now)),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

const SIX_HOURS = 6 * 3600 * 1000;

/** Purges now and every six hours while the server runs; returns the function that stops it. */
export function purgeRegularly(db: Kysely<Database>, onError: (error: unknown) => void): () => void {
  const run = () => Promise.all([purgeExpiredRegistrations(db), purgeExpiredBookings(db), purgeExpiredSignups(db)]).catch(onError);
  void run();
  const timer = setInterval(run, SIX_HOURS);
  timer.unref();
  return () => clearInterval(timer);
}
