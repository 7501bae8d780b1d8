import { randomBytes } from "node:crypto";
import type { StaffRole } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";
import { hashPassword, oneTimePassword } from "./passwords.js";

/** A person signed in: who they are in which community, and what they may do. */
export interface StaffMember {
  communityId: string;
  staffId: string;
  name: string;
  role: StaffRole;
  mustChangePassword: boolean;
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
