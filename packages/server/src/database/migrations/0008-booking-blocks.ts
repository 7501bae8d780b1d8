import type { Kysely } from "kysely";

/** Time staff block for maintenance: held like a confirmed booking, made by no resident. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("bookings")
    .addColumn("kind", "text", (column) => column.notNull().defaultTo("booking"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("bookings").dropColumn("kind").execute();
}
