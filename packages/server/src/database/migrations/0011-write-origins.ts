import type { Kysely } from "kysely";

/**
 * The web origins a community lets residents write from (register, book, sign
 * up, cancel) with a browser, as a JSON array: its own site, the district's
 * portal. Reads stay open to every origin.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("communities")
    .addColumn("write_origins", "text", (column) => column.notNull().defaultTo("[]"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("communities").dropColumn("write_origins").execute();
}
