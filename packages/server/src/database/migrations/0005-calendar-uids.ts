import { type Kysely, sql } from "kysely";

/** The UID of an event imported from an iCalendar feed: a re-import updates it instead of adding it again. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("events").addColumn("uid", "text").execute();
  await db.schema.createIndex("events_one_per_uid").on("events").columns(["community_id", "uid"]).unique().where(sql.ref("uid"), "is not", null).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("events_one_per_uid").execute();
  await db.schema.alterTable("events").dropColumn("uid").execute();
}
