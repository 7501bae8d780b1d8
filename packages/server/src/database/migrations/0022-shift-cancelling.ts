import type { Kysely } from "kysely";

/** The centre calls a shift off, with the reason its volunteers read; it leaves the listings and its sign-ups end. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("shifts").addColumn("cancelled_at", "text").execute();
  await db.schema.alterTable("shifts").addColumn("cancel_reason", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("shifts").dropColumn("cancel_reason").execute();
  await db.schema.alterTable("shifts").dropColumn("cancelled_at").execute();
}
