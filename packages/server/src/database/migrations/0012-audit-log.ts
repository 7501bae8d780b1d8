import type { Kysely } from "kysely";
import { portable } from "./portable.js";

/** Keys can be revoked; every request made with one is written down, for the community to look back on. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("api_keys").addColumn("revoked_at", "text").execute();
  await portable(db)
    .primaryId(db.schema.createTable("audit_log"), "audit_log")
    .addColumn("community_id", "text", (column) => column.notNull().references("communities.id").onDelete("cascade"))
    .addColumn("at", "text", (column) => column.notNull())
    .addColumn("key_id", "text", (column) => column.notNull())
    .addColumn("key_label", "text", (column) => column.notNull())
    .addColumn("method", "text", (column) => column.notNull())
    .addColumn("path", "text", (column) => column.notNull())
    .addColumn("status", "integer", (column) => column.notNull())
    .execute();
  await db.schema.createIndex("audit_log_by_community").on("audit_log").columns(["community_id", "at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("audit_log").execute();
  await db.schema.alterTable("api_keys").dropColumn("revoked_at").execute();
}
