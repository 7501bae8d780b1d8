import { type Kysely, sql } from "kysely";

/**
 * Recurring events are stored once, as a series: the first occurrence's times
 * and the rule. An occurrence gets a row of its own (series_id, recurrence_id)
 * only when something happens to it alone, such as a registration: from then
 * on its places are held like any event's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // JSON { rrule?, lunar?, exdates? }; null for a single event or an occurrence's own row.
  await db.schema.alterTable("events").addColumn("recurrence", "text").execute();
  // End of the last occurrence, null when the series never ends; lets a range query skip finished series.
  await db.schema.alterTable("events").addColumn("until_at", "text").execute();
  await db.schema.alterTable("events").addColumn("series_id", "text").execute();
  // The occurrence's wall time in the series' zone, YYYY-MM-DDTHH:mm or YYYY-MM-DD (RFC 5545 RECURRENCE-ID).
  await db.schema.alterTable("events").addColumn("recurrence_id", "text").execute();
  await db.schema
    .createIndex("events_one_row_per_occurrence")
    .on("events")
    .columns(["community_id", "series_id", "recurrence_id"])
    .unique()
    .where(sql.ref("series_id"), "is not", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("events_one_row_per_occurrence").execute();
  for (const column of ["recurrence_id", "series_id", "until_at", "recurrence"]) {
    await db.schema.alterTable("events").dropColumn(column).execute();
  }
}
