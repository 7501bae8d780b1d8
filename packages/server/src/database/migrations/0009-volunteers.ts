import { type Kysely, sql } from "kysely";
import { portable } from "./portable.js";

/**
 * Volunteer teams, opportunities, their shifts and sign-ups. A shift never
 * holds more confirmed volunteers than its capacity: filled is raised by one
 * conditional update inside the sign-up's transaction, and a CHECK holds the
 * same rule in the database itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { arrivalOrder, coordinate, uniqueId } = portable(db);
  await db.schema
    .createTable("teams")
    .addColumn("community_id", "text", (column) => column.notNull().references("communities.id").onDelete("cascade"))
    .addColumn("id", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("description", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("position", "integer", (column) => column.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("teams_pk", ["community_id", "id"])
    .execute();

  await db.schema
    .createTable("opportunities")
    .addColumn("community_id", "text", (column) => column.notNull())
    .addColumn("id", "text", (column) => column.notNull())
    .addColumn("team_id", "text", (column) => column.notNull())
    .addColumn("title", "text", (column) => column.notNull())
    .addColumn("description", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("location_name", "text", (column) => column.notNull())
    .addColumn("location_address", "text")
    .addColumn("lat", coordinate)
    .addColumn("lng", coordinate)
    .addColumn("skills", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("audience", "text")
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("opportunities_pk", ["community_id", "id"])
    .addForeignKeyConstraint("opportunities_team", ["community_id", "team_id"], "teams", ["community_id", "id"])
    .execute();

  await db.schema
    .createTable("shifts")
    .addColumn("community_id", "text", (column) => column.notNull())
    .addColumn("id", "text", (column) => column.notNull())
    .addColumn("opportunity_id", "text", (column) => column.notNull())
    .addColumn("start_at", "text", (column) => column.notNull())
    .addColumn("end_at", "text", (column) => column.notNull())
    .addColumn("location_name", "text")
    .addColumn("location_address", "text")
    .addColumn("capacity", "integer", (column) => column.notNull())
    .addColumn("filled", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("minimum_age", "integer")
    .addColumn("skills", "text", (column) => column.notNull().defaultTo("[]"))
    .addPrimaryKeyConstraint("shifts_pk", ["community_id", "id"])
    .addForeignKeyConstraint("shifts_opportunity", ["community_id", "opportunity_id"], "opportunities", ["community_id", "id"], (constraint) =>
      constraint.onDelete("cascade"),
    )
    .addCheckConstraint("shifts_filled", sql`filled >= 0 and filled <= capacity`)
    .addCheckConstraint("shifts_time", sql`end_at > start_at`)
    .execute();
  await db.schema.createIndex("shifts_by_start").on("shifts").columns(["community_id", "start_at"]).execute();

  await uniqueId(arrivalOrder(db.schema.createTable("signups"), "signups"), "signups")
    .addColumn("community_id", "text", (column) => column.notNull())
    .addColumn("shift_id", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("phone", "text", (column) => column.notNull())
    .addColumn("skills", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("show_name", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("status", "text", (column) => column.notNull())
    .addColumn("cancel_token_hash", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("cancelled_at", "text")
    .addColumn("checked_in_at", "text")
    .addColumn("attended", "integer")
    .addForeignKeyConstraint("signups_shift", ["community_id", "shift_id"], "shifts", ["community_id", "id"], (constraint) => constraint.onDelete("cascade"))
    .addCheckConstraint("signups_status", sql`status in ('confirmed', 'waitlisted', 'cancelled')`)
    .execute();
  await db.schema.createIndex("signups_by_shift").on("signups").columns(["community_id", "shift_id", "status"]).execute();
  await db.schema.createIndex("signups_by_phone").on("signups").columns(["community_id", "phone"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("signups").execute();
  await db.schema.dropTable("shifts").execute();
  await db.schema.dropTable("opportunities").execute();
  await db.schema.dropTable("teams").execute();
}
