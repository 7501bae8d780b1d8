import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("communities")
    .addColumn("privacy_controller", "text", (column) => column.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("communities")
    .addColumn("privacy_contact", "text", (column) => column.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("communities")
    .addColumn("retention_days", "integer", (column) => column.notNull().defaultTo(30))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("communities").dropColumn("retention_days").execute();
  await db.schema.alterTable("communities").dropColumn("privacy_contact").execute();
  await db.schema.alterTable("communities").dropColumn("privacy_controller").execute();
}
