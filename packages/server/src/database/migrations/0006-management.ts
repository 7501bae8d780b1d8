import type { Kysely } from "kysely";
import { portable } from "./portable.js";

/** Per-community API keys for management, stored hashed; and events a community calls off. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await portable(db)
    .primaryId(db.schema.createTable("api_keys"), "api_keys")
    .addColumn("community_id", "text", (column) => column.notNull().references("communities.id").onDelete("cascade"))
    .addColumn("label", "text", (column) => column.notNull())
    // SHA-256 of the secret; the secret itself is shown once, when the key is made.
    .addColumn("secret_hash", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("last_used_at", "text")
    .execute();
  await db.schema
    .alterTable("events")
    .addColumn("status", "text", (column) => column.notNull().defaultTo("scheduled"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("events").dropColumn("status").execute();
  await db.schema.dropTable("api_keys").execute();
}
