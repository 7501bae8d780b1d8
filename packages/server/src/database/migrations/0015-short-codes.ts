import type { Kysely } from "kysely";

const WRITES = ["registrations", "bookings", "signups"] as const;

/**
 * Short codes: what a resident reads out to cancel a registration, booking or
 * sign-up by phone. Only a hash of the code with the phone number it was made
 * with is kept, so neither alone finds anything. Failed tries are kept for an
 * hour, per phone and per client, to limit guessing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of WRITES) {
    await db.schema.alterTable(table).addColumn("short_code_hash", "text").execute();
    await db.schema.createIndex(`${table}_short_code`).on(table).columns(["community_id", "short_code_hash"]).execute();
  }
  await db.schema
    .createTable("short_code_failures")
    .addColumn("community_id", "text", (column) => column.notNull())
    .addColumn("subject", "text", (column) => column.notNull())
    .addColumn("failed_at", "text", (column) => column.notNull())
    .execute();
  await db.schema.createIndex("short_code_failures_subject").on("short_code_failures").columns(["community_id", "subject", "failed_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("short_code_failures").execute();
  for (const table of WRITES) {
    await db.schema.dropIndex(`${table}_short_code`).execute();
    await db.schema.alterTable(table).dropColumn("short_code_hash").execute();
  }
}
