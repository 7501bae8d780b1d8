import { type Kysely, sql } from "kysely";
import { portable } from "./portable.js";

/**
 * Rooms and equipment, and their bookings. No two bookings that hold a room
 * may overlap (buffers included), and equipment never lends more units than it
 * has: on SQLite this is held inside one immediate transaction per booking;
 * start_at/end_at as instants keep the table ready for PostgreSQL's exclusion
 * constraint over a tstzrange.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { arrivalOrder, uniqueId } = portable(db);
  await db.schema
    .createTable("resources")
    .addColumn("community_id", "text", (column) => column.notNull().references("communities.id").onDelete("cascade"))
    .addColumn("id", "text", (column) => column.notNull())
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("description", "text", (column) => column.notNull())
    .addColumn("photos", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("capacity", "integer")
    .addColumn("quantity", "integer")
    .addColumn("amenities", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("usage_notes", "text")
    .addColumn("location_name", "text", (column) => column.notNull())
    .addColumn("location_address", "text")
    .addColumn("timezone", "text", (column) => column.notNull())
    .addColumn("hours", "text", (column) => column.notNull())
    .addColumn("closures", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("limits", "text", (column) => column.notNull())
    .addColumn("approval", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("max_active_per_phone", "integer", (column) => column.notNull().defaultTo(2))
    .addColumn("position", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("resources_pk", ["community_id", "id"])
    .addCheckConstraint("resources_kind", sql`kind in ('room', 'equipment')`)
    .execute();

  await uniqueId(arrivalOrder(db.schema.createTable("bookings"), "bookings"), "bookings")
    .addColumn("community_id", "text", (column) => column.notNull())
    .addColumn("resource_id", "text", (column) => column.notNull())
    .addColumn("start_at", "text", (column) => column.notNull())
    .addColumn("end_at", "text", (column) => column.notNull())
    .addColumn("units", "integer", (column) => column.notNull().defaultTo(1))
    .addColumn("status", "text", (column) => column.notNull())
    .addColumn("purpose", "text", (column) => column.notNull())
    .addColumn("organisation", "text")
    .addColumn("attendees", "integer")
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("phone", "text", (column) => column.notNull())
    .addColumn("cancel_token_hash", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("cancelled_at", "text")
    .addForeignKeyConstraint("bookings_resource", ["community_id", "resource_id"], "resources", ["community_id", "id"], (constraint) =>
      constraint.onDelete("cascade"),
    )
    .addCheckConstraint("bookings_status", sql`status in ('confirmed', 'pending', 'cancelled', 'rejected')`)
    .addCheckConstraint("bookings_time", sql`end_at > start_at`)
    .addCheckConstraint("bookings_units", sql`units >= 1`)
    .execute();
  await db.schema.createIndex("bookings_by_resource").on("bookings").columns(["community_id", "resource_id", "start_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("bookings").execute();
  await db.schema.dropTable("resources").execute();
}
