import type { Kysely } from "kysely";
import { portable } from "./portable.js";

/**
 * The people who run a community sign in as themselves: an account per person with a role, sessions
 * held here so that any instance knows them, and failed sign-ins kept for a quarter of an hour to
 * slow guessing. Only hashes are kept: of passwords (argon2id) and of session tokens.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const keys = portable(db);
  await keys
    .primaryId(db.schema.createTable("staff_accounts"), "staff_accounts")
    .addColumn("community_id", "text", (column) => column.notNull().references("communities.id").onDelete("cascade"))
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("role", "text", (column) => column.notNull())
    .addColumn("password_hash", "text", (column) => column.notNull())
    .addColumn("must_change_password", "integer", (column) => column.notNull().defaultTo(1))
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("disabled_at", "text")
    .addUniqueConstraint("staff_accounts_name_unique", ["community_id", "name"])
    .execute();
  await keys
    .primaryId(db.schema.createTable("staff_sessions"), "staff_sessions")
    .addColumn("community_id", "text", (column) => column.notNull().references("communities.id").onDelete("cascade"))
    .addColumn("staff_id", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("last_seen_at", "text", (column) => column.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("staff_sessions_by_token").on("staff_sessions").column("id").execute();
  await db.schema.createIndex("staff_sessions_by_staff").on("staff_sessions").columns(["community_id", "staff_id"]).execute();
  await db.schema
    .createTable("staff_sign_in_failures")
    .addColumn("community_id", "text", (column) => column.notNull())
    .addColumn("subject", "text", (column) => column.notNull())
    .addColumn("failed_at", "text", (column) => column.notNull())
    .execute();
  await db.schema.createIndex("staff_sign_in_failures_subject").on("staff_sign_in_failures").columns(["subject", "failed_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("staff_sign_in_failures").execute();
  await db.schema.dropTable("staff_sessions").execute();
  await db.schema.dropTable("staff_accounts").execute();
}
