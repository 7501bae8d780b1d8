import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { hashSecret, newSecret } from "../http/secrets.js";
import { type StaffMember, memberOf } from "./staff-accounts.js";

/** A session ends after half an hour without a request (OWASP's upper bound for idle time), and after twelve hours whatever. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_MAX_MS = 12 * 3_600_000;
/** last_seen_at is written at most once a minute: a console's every request need not write. */
const TOUCH_AFTER_MS = 60_000;

/** Starts a session for `member`; the token for its cookie (only its hash is kept). */
export async function startSession(db: Kysely<Database>, member: StaffMember, now: Date): Promise<string> {
  const token = newSecret();
  await db
    .insertInto("staff_sessions")
    .values({
      id: hashSecret(token),
      community_id: member.communityId,
      staff_id: member.staffId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
    })
    .execute();
  return token;
}

/** Who a session's token signs in, while it is neither idle too long, too old, revoked, nor its account disabled. */
export async function memberOfSession(db: Kysely<Database>, token: string, now: Date): Promise<StaffMember | undefined> {
  const session = await db
    .selectFrom("staff_sessions")
    .innerJoin("staff_accounts", (join) =>
      join.onRef("staff_accounts.community_id", "=", "staff_sessions.community_id").onRef("staff_accounts.id", "=", "staff_sessions.staff_id"),
    )
    .select([
      "staff_sessions.id as sessionId",
      "staff_sessions.community_id as communityId",
      "staff_sessions.last_seen_at as lastSeenAt",
      "staff_accounts.id",
      "staff_accounts.name",
      "staff_accounts.role",
      "staff_accounts.must_change_password",
    ])
    .where("staff_sessions.id", "=", hashSecret(token))
    .where("staff_sessions.revoked_at", "is", null)
    .where("staff_sessions.last_seen_at", ">", new Date(now.getTime() - SESSION_IDLE_MS).toISOString())
    .where("staff_sessions.created_at", ">", new Date(now.getTime() - SESSION_MAX_MS).toISOString())
    .where("staff_accounts.disabled_at", "is", null)
    .executeTakeFirst();
  if (!session) return undefined;
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_AFTER_MS) {
    await db.updateTable("staff_sessions").set({ last_seen_at: now.toISOString() }).where("id", "=", session.sessionId).execute();
  }
  return memberOf(session.communityId, session);
}

/** Ends the session of this token (signing out). */
export async function endSession(db: Kysely<Database>, token: string, now: Date): Promise<void> {
  await db.updateTable("staff_sessions").set({ revoked_at: now.toISOString() }).where("id", "=", hashSecret(token)).where("revoked_at", "is", null).execute();
}

/** Ends every session of an account but the one of `keep`: after its password changes, or when it is taken away. */
export async function endSessionsOf(db: Kysely<Database>, member: Pick<StaffMember, "communityId" | "staffId">, now: Date, keep?: string): Promise<void> {
  let update = db
    .updateTable("staff_sessions")
    .set({ revoked_at: now.toISOString() })
    .where("community_id", "=", member.communityId)
    .where("staff_id", "=", member.staffId)
    .where("revoked_at", "is", null);
  if (keep) update = update.where("id", "!=", hashSecret(keep));
  await update.execute();
}
