import type { Kysely } from "kysely";

/** Staff say why they turned a booking down, and the resident reads it in "my bookings". */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("bookings").addColumn("decision_reason", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("bookings").dropColumn("decision_reason").execute();
}
