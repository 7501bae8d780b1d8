import { type Kysely, sql } from "kysely";
import { portable } from "./portable.js";

export async function up(db: Kysely<unknown>): Promise<void> {
  const { arrivalOrder, coordinate } = portable(db);
  await db.schema
    .createTable("communities")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("timezone", "text", (column) => column.notNull())
    .addColumn("locale", "text", (column) => column.notNull())
    .addColumn("address", "text", (column) => column.notNull().defaultTo(""))
    .execute();

  await db.schema
    .createTable("categories")
    .addColumn("community_id", "text", (column) => column.notNull().references("communities.id").onDelete("cascade"))
    .addColumn("id", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("color", "text")
    .addColumn("position", "integer", (column) => column.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("categories_pk", ["community_id", "id"])
    .execute();

  await arrivalOrder(db.schema.createTable("events"), "events")
    .addColumn("community_id", "text", (column) => column.notNull().references("communities.id").onDelete("cascade"))
    .addColumn("id", "text", (column) => column.notNull())
    .addColumn("title", "text", (column) => column.notNull())
    .addColumn("description", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("start_at", "text", (column) => column.notNull())
    .addColumn("end_at", "text", (column) => column.notNull())
    .addColumn("all_day", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("timezone", "text", (column) => column.notNull())
    .addColumn("location_name", "text", (column) => column.notNull())
    .addColumn("location_address", "text")
    .addColumn("location_lat", coordinate)
    .addColumn("location_lng", coordinate)
    .addColumn("category", "text", (column) => column.notNull())
    .addColumn("organizer", "text")
    .addColumn("audience", "text")
    .addColumn("capacity", "integer")
    .addColumn("registered_count", "integer")
    .addColumn("image_url", "text")
    .addColumn("url", "text")
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addCheckConstraint("events_end_after_start", sql`end_at > start_at`)
    .execute();

  await db.schema.createIndex("events_community_id_unique").on("events").columns(["community_id", "id"]).unique().execute();
  await db.schema.createIndex("events_community_start").on("events").columns(["community_id", "start_at", "id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("events").execute();
  await db.schema.dropTable("categories").execute();
  await db.schema.dropTable("communities").execute();
}
