import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";

/** Failed sign-ins count for a quarter of an hour: five to one account, twenty from one address across accounts. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 20;

/** What a sign-in is counted against: the account it names (whether or not there is one), and the address it comes from. */
export function signInSubjects(community: string, name: string, address: string) {
  return { account: `account:${community}/${name}`, address: `address:${address}` };
}

/**
 * Seconds until a sign-in may be tried again, when the account or the address has used up its
 * failures in the window; undefined while it may. Said the same whether the account exists or not.
 */
export async function signInWait(db: Kysely<Database>, subjects: { account: string; address: string }, now: Date): Promise<number | undefined> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString();
  const failures = await db
    .selectFrom("staff_sign_in_failures")
    .select(["subject", "failed_at"])
    .where("subject", "in", [subjects.account, subjects.address])
    .where("failed_at", ">", since)
    .orderBy("failed_at")
    .execute();
  const waitFor = (subject: string, limit: number) => {
    const times = failures.filter((failure) => failure.subject === subject).map((failure) => Date.parse(failure.failed_at));
    // Until the failure that filled the limit has left the window.
    return times.length >= limit ? Math.ceil((times[times.length - limit]! + SIGN_IN_WINDOW_MS - now.getTime()) / 1000) : 0;
  };
  const wait = Math.max(waitFor(subjects.account, FAILURES_PER_ACCOUNT), waitFor(subjects.address, FAILURES_PER_ADDRESS));
  return wait > 0 ? wait : undefined;
}

/** Counts a failed sign-in against its account and address; failures older than the window are let go. */
export async function countSignInFailure(db: Kysely<Database>, community: string, subjects: { account: string; address: string }, now: Date): Promise<void> {
  await db
    .deleteFrom("staff_sign_in_failures")
    .where("failed_at", "<=", new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString())
    .execute();
  await db
    .insertInto("staff_sign_in_failures")
    .values([subjects.account, subjects.address].map((subject) => ({ community_id: community, subject, failed_at: now.toISOString() })))
    .execute();
}

/** A sign-in that worked forgets the account's failures (not the address's). */
export async function clearAccountFailures(db: Kysely<Database>, subjects: { account: string }): Promise<void> {
  await db.deleteFrom("staff_sign_in_failures").where("subject", "=", subjects.account).execute();
}
