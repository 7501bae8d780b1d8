import { type Kysely, sql } from "kysely";

/** The State Council's holiday schedule as a community's staff set it, a year at a time: each day rest or work, with the holiday's name. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("official_days")
    .addColumn("community_id", "text", (column) => column.notNull())
    .addColumn("date", "text", (column) => column.notNull())
    .addColumn("kind", "text", (column) => column.notNull().check(sql`kind in ('rest', 'work')`))
    .addColumn("name", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("official_days_pk", ["community_id", "date"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("official_days").execute();
}
