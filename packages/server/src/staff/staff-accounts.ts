import { randomBytes } from "node:crypto";
import type { StaffAccount, StaffRole } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";
import { hashPassword, oneTimePassword } from "./passwords.js";
import { endSessionsOf } from "./staff-sessions.js";

/** A person signed in: who they are in which community, and what they may do. */
export interface StaffMember {
  communityId: string;
  staffId: string;
  name: string;
  role: StaffRole;
  mustChangePassword: boolean;
}

/** An account's row as the member of staff it signs in. */
export function memberOf(communityId: string, row: { id: string; name: string; role: string; must_change_password: number }): StaffMember {
  return { communityId, staffId: row.id, name: row.name, role: row.role as StaffRole, mustChangePassword: Number(row.must_change_password) === 1 };
}

/** Makes an account with a one-time password (returned once; only its hash is kept), to be changed at the first sign-in. */
export async function addStaff(
  db: Kysely<Database>,
  account: { communityId: string; name: string; role: StaffRole; password?: string },
  now: Date,
): Promise<{ staffId: string; password: string }> {
  const staffId = randomBytes(6).toString("hex");
  const password = account.password ?? oneTimePassword();
  const taken = await db
    .selectFrom("staff_accounts")
    .select("id")
    .where("community_id", "=", account.communityId)
    .where("name", "=", account.name)
    .executeTakeFirst();
  if (taken) throw new ProblemError(409, "staff_exists", "Name taken", `${account.communityId} already has a staff account named ${account.name}`);
  await db
    .insertInto("staff_accounts")
    .values({
      id: staffId,
      community_id: account.communityId,
      name: account.name,
      role: account.role,
      password_hash: await hashPassword(password),
      must_change_password: account.password === undefined ? 1 : 0,
      created_at: now.toISOString(),
    })
    .execute();
  return { staffId, password };
}

/** The working account with this name in the community, with its password's hash. */
export async function findStaff(db: Kysely<Database>, communityId: string, name: string) {
  return db
    .selectFrom("staff_accounts")
    .select(["id", "name", "role", "password_hash", "must_change_password"])
    .where("community_id", "=", communityId)
    .where("name", "=", name)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
}

/** Sets a new password; the account no longer has to change it. */
export async function setPassword(db: Kysely<Database>, member: StaffMember, password: string): Promise<void> {
  await db
    .updateTable("staff_accounts")
    .set({ password_hash: await hashPassword(password), must_change_password: 0 })
    .where("community_id", "=", member.communityId)
    .where("id", "=", member.staffId)
    .execute();
}

const accountsOf = (db: Kysely<Database>, communityId: string) =>
  db.selectFrom("staff_accounts").select(["id", "name", "role", "created_at", "must_change_password", "disabled_at"]).where("community_id", "=", communityId);

/** The community's staff as an admin sees them, earliest first. */
export async function listStaff(db: Kysely<Database>, communityId: string): Promise<StaffAccount[]> {
  return (await accountsOf(db, communityId).orderBy("created_at").execute()).map(accountOf);
}

const accountOf = (row: {
  id: string;
  name: string;
  role: string;
  created_at: string;
  must_change_password: number;
  disabled_at: string | null;
}): StaffAccount => ({
  id: row.id,
  name: row.name,
  role: row.role as StaffRole,
  createdAt: row.created_at,
  mustChangePassword: Number(row.must_change_password) === 1,
  disabledAt: row.disabled_at,
});

/** One account of the community, or a 404. */
export async function staffAccount(db: Kysely<Database>, communityId: string, staffId: string): Promise<StaffAccount> {
  const row = await accountsOf(db, communityId).where("id", "=", staffId).executeTakeFirst();
  if (!row) throw new ProblemError(404, "staff_not_found", "No such account", `${communityId} has no staff account "${staffId}"`);
  return accountOf(row);
}

/** Refuses a change that would leave the community with no working admin: no one could manage its staff. */
async function keepAnAdmin(db: Kysely<Database>, communityId: string, losing: string): Promise<void> {
  const admins = (await listStaff(db, communityId)).filter((account) => account.role === "admin" && !account.disabledAt);
  if (admins.length === 1 && admins[0]!.id === losing) {
    throw new ProblemError(409, "last_admin", "The last admin", "Make another admin first: the community would have no one to manage its staff");
  }
}

/** Gives an account another role. */
export async function changeRole(db: Kysely<Database>, communityId: string, staffId: string, role: StaffRole): Promise<StaffAccount> {
  const account = await staffAccount(db, communityId, staffId);
  if (account.role === "admin" && role !== "admin") await keepAnAdmin(db, communityId, staffId);
  await db.updateTable("staff_accounts").set({ role }).where("community_id", "=", communityId).where("id", "=", staffId).execute();
  return { ...account, role };
}

/** Stops an account working (a colleague who left): it can no longer sign in, and its sessions end. */
export async function disableStaff(db: Kysely<Database>, communityId: string, staffId: string, now: Date): Promise<void> {
  const account = await staffAccount(db, communityId, staffId);
  if (account.disabledAt) return;
  if (account.role === "admin") await keepAnAdmin(db, communityId, staffId);
  await db.updateTable("staff_accounts").set({ disabled_at: now.toISOString() }).where("community_id", "=", communityId).where("id", "=", staffId).execute();
  await endSessionsOf(db, { communityId, staffId }, now);
}

/** A new one-time password for an account (a forgotten one), to be changed at the next sign-in; shown once. Its sessions end. */
export async function resetPassword(
  db: Kysely<Database>,
  communityId: string,
  staffId: string,
  now: Date,
): Promise<{ account: StaffAccount; password: string }> {
  const account = await staffAccount(db, communityId, staffId);
  const password = oneTimePassword();
  await db
    .updateTable("staff_accounts")
    .set({ password_hash: await hashPassword(password), must_change_password: 1 })
    .where("community_id", "=", communityId)
    .where("id", "=", staffId)
    .execute();
  await endSessionsOf(db, { communityId, staffId }, now);
  return { account: { ...account, mustChangePassword: true }, password };
}
