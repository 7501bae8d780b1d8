import { type Kysely, sql } from "kysely";
import { type Clock, daysAfter } from "@community-kit/schema";
import type { Database } from "../database/tables.js";

/**
 * What erasing a person leaves of each kind of record: no name, phone, group,
 * skills, cancel token or short code; the phone becomes a placeholder unique to the row.
 * The retention purge and a person's erasure on request both set these.
 */
export const ERASED = {
  registrations: { name: "", phone: sql<string>`'erased:' || id`, cancel_token_hash: "", short_code_hash: null, email: null, notify: 0 },
  bookings: { name: "", phone: sql<string>`'erased:' || id`, organisation: null, cancel_token_hash: "", short_code_hash: null, email: null, notify: 0 },
  signups: { name: "", phone: sql<string>`'erased:' || id`, skills: "[]", cancel_token_hash: "", short_code_hash: null, email: null, notify: 0 },
} as const;

/**
 * Erases in each community what ended before its cutoff (`now` less its
 * retention period, as stored instants compare); returns how many records.
 * One community at a time, as a database distributed by community likes.
 */
async function eraseEachCommunity(
  db: Kysely<Database>,
  now: Date,
  erase: (communityId: string, cutoff: string) => Promise<{ numUpdatedRows: bigint }>,
): Promise<number> {
  let erased = 0;
  for (const community of await db.selectFrom("communities").select(["id", "retention_days"]).execute()) {
    const cutoff = daysAfter(now, -community.retention_days).toISOString();
    erased += Number((await erase(community.id, cutoff)).numUpdatedRows);
  }
  return erased;
}

/**
 * Erases the names and phone numbers of registrations for events that ended
 * more than their community's retention period ago, as the consent notice
 * promises. Counts and statuses stay, so past events keep their numbers.
 * Returns how many registrations were erased.
 */
export async function purgeExpiredRegistrations(db: Kysely<Database>, now: Date): Promise<number> {
  return eraseEachCommunity(db, now, (communityId, cutoff) =>
    db
      .updateTable("registrations")
      .set(ERASED.registrations)
      .where("community_id", "=", communityId)
      .where("name", "!=", "")
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom("events")
            .select(sql`1`.as("one"))
            .where("events.community_id", "=", communityId)
            .whereRef("events.id", "=", "registrations.event_id")
            .where("events.end_at", "<=", cutoff),
        ),
      )
      .executeTakeFirstOrThrow(),
  );
}

/**
 * Erases who booked (name, phone, organisation, cancel token) once a booking
 * ended more than the retention period ago; the time it held and its purpose
 * stay for the centre's usage figures. Staff blocks hold no personal data.
 */
export async function purgeExpiredBookings(db: Kysely<Database>, now: Date): Promise<number> {
  return eraseEachCommunity(db, now, (communityId, cutoff) =>
    db
      .updateTable("bookings")
      .set(ERASED.bookings)
      .where("community_id", "=", communityId)
      .where("kind", "=", "booking")
      .where("name", "!=", "")
      .where("end_at", "<=", cutoff)
      .executeTakeFirstOrThrow(),
  );
}

/**
 * Erases who volunteered (name, phone, skills, cancel token) once a shift
 * ended more than the retention period ago, as the sign-up form's notice
 * promises; statuses and attendance stay, so a team's counts and hours do.
 */
export async function purgeExpiredSignups(db: Kysely<Database>, now: Date): Promise<number> {
  return eraseEachCommunity(db, now, (communityId, cutoff) =>
    db
      .updateTable("signups")
      .set(ERASED.signups)
      .where("community_id", "=", communityId)
      .where("name", "!=", "")
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom("shifts")
            .select(sql`1`.as("one"))
            .where("shifts.community_id", "=", communityId)
            .whereRef("shifts.id", "=", "signups.shift_id")
            .where("shifts.end_at", "<=", cutoff),
        ),
      )
      .executeTakeFirstOrThrow(),
  );
}

/** Forgets the notices written before each community's retention period: even masked, the number was a person's. Returns how many. */
export async function purgeExpiredNotices(db: Kysely<Database>, now: Date): Promise<number> {
  let purged = 0;
  for (const community of await db.selectFrom("communities").select(["id", "retention_days"]).execute()) {
    const cutoff = daysAfter(now, -community.retention_days).toISOString();
    const result = await db.deleteFrom("notices").where("community_id", "=", community.id).where("created_at", "<", cutoff).executeTakeFirst();
    purged += Number(result.numDeletedRows);
  }
  return purged;
}

const SIX_HOURS = 6 * 3600 * 1000;

/** Purges now and every six hours while the server runs; returns the function that stops it. */
export function purgeRegularly(db: Kysely<Database>, clock: Clock, onError: (error: unknown) => void): () => void {
  const run = () => {
    const now = clock.now();
    return Promise.all([purgeExpiredRegistrations(db, now), purgeExpiredBookings(db, now), purgeExpiredSignups(db, now), purgeExpiredNotices(db, now)]).catch(
      onError,
    );
  };
  void run();
  const timer = setInterval(run, SIX_HOURS);
  timer.unref();
  return () => clearInterval(timer);
}
