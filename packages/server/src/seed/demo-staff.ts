import type { StaffRole } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { hashPassword } from "../staff/passwords.js";

/**
 * One account of each role in 太和社区, for trying the console: in the demo only, with the passwords
 * the README gives (a real account starts with a one-time password, changed at its first sign-in).
 */
export const DEMO_STAFF: ReadonlyArray<{ name: string; role: StaffRole; password: string }> = [
  { name: "王芳", role: "admin", password: "taihe-admin-demo" },
  { name: "李娜", role: "editor", password: "taihe-editor-demo" },
  { name: "张伟", role: "coordinator", password: "taihe-coordinator-demo" },
];

/** Adds the demo's staff accounts that are not there yet. */
export async function seedDemoStaff(db: Kysely<Database>, now: Date): Promise<void> {
  // Hashed side by side: argon2 works off the main thread, and every test server seeds the demo.
  const hashes = await Promise.all(DEMO_STAFF.map((member) => hashPassword(member.password)));
  await db
    .insertInto("staff_accounts")
    .values(
      DEMO_STAFF.map((member, index) => ({
        id: `demo-${member.role}`,
        community_id: "taihe",
        name: member.name,
        role: member.role,
        password_hash: hashes[index]!,
        must_change_password: 0,
        created_at: new Date(now.getTime() + index).toISOString(),
      })),
    )
    .onConflict((conflict) => conflict.columns(["community_id", "name"]).doNothing())
    .execute();
}
