import type { Kysely } from "kysely";

/**
 * Residents' writes counted per minute, shared by every server instance on the
 * database: per client (its address) and per community (client "*").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("write_counts")
    .addColumn("community_id", "text", (column) => column.notNull())
    .addColumn("client", "text", (column) => column.notNull())
    .addColumn("window_start", "text", (column) => column.notNull())
    .addColumn("hits", "integer", (column) => column.notNull())
    .addPrimaryKeyConstraint("write_counts_pk", ["community_id", "client", "window_start"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("write_counts").execute();
}
