import { type Kysely, sql } from "kysely";
import { portable } from "./portable.js";

export async function up(db: Kysely<unknown>): Promise<void> {
  const { arrivalOrder, uniqueId } = portable(db);
  await db.schema
    .alterTable("events")
    .addColumn("registration_open", "integer", (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("events")
    .addColumn("max_party_size", "integer", (column) => column.notNull().defaultTo(4))
    .execute();
  await db.schema.alterTable("events").addColumn("registration_closes_at", "text").execute();

  // Arrival order: the waitlist is served in it.
  await uniqueId(arrivalOrder(db.schema.createTable("registrations"), "registrations"), "registrations")
    .addColumn("community_id", "text", (column) => column.notNull())
    .addColumn("event_id", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("phone", "text", (column) => column.notNull())
    .addColumn("party_size", "integer", (column) => column.notNull())
    .addColumn("status", "text", (column) => column.notNull())
    .addColumn("cancel_token_hash", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("cancelled_at", "text")
    .addForeignKeyConstraint("registrations_event", ["community_id", "event_id"], "events", ["community_id", "id"], (constraint) =>
      constraint.onDelete("cascade"),
    )
    .addCheckConstraint("registrations_status", sql`status in ('confirmed', 'waitlisted', 'cancelled')`)
    .addCheckConstraint("registrations_party", sql`party_size >= 1`)
    .execute();
  // One active registration per phone and occurrence.
  await db.schema
    .createIndex("registrations_one_per_phone")
    .on("registrations")
    .columns(["community_id", "event_id", "phone"])
    .unique()
    .where(sql.ref("status"), "!=", "cancelled")
    .execute();
  await db.schema.createIndex("registrations_by_event").on("registrations").columns(["community_id", "event_id", "status", "seq"]).execute();

  await db.schema
    .createTable("idempotency_keys")
    .addColumn("community_id", "text", (column) => column.notNull())
    .addColumn("key", "text", (column) => column.notNull())
    .addColumn("fingerprint", "text", (column) => column.notNull())
    .addColumn("status", "integer", (column) => column.notNull())
    .addColumn("body", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("idempotency_keys_pk", ["community_id", "key"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("idempotency_keys").execute();
  await db.schema.dropTable("registrations").execute();
  await db.schema.alterTable("events").dropColumn("registration_closes_at").execute();
  await db.schema.alterTable("events").dropColumn("max_party_size").execute();
  await db.schema.alterTable("events").dropColumn("registration_open").execute();
}
