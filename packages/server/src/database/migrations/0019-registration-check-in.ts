import type { Kysely } from "kysely";

/** Staff check residents in at the door: when each confirmed registration arrived, null until it has. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("registrations").addColumn("checked_in_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("registrations").dropColumn("checked_in_at").execute();
}
