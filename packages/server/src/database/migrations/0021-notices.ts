import type { Kysely } from "kysely";
import { portable } from "./portable.js";

/**
 * Residents hear back. Each registration, booking and sign-up keeps whether its resident asked to
 * be told (never unless asked), the e-mail address they gave if any, and the language they asked
 * in. A community keeps its channels (a webhook to its own SMS or WeChat gateway, SMTP) as JSON.
 * A notice is written in the transaction of the change that causes it, once per subject, cause and
 * channel (the unique key), and waits here until it is delivered or its day runs out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["registrations", "bookings", "signups"]) {
    await db.schema
      .alterTable(table)
      .addColumn("notify", "integer", (column) => column.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable(table).addColumn("email", "text").execute();
    await db.schema.alterTable(table).addColumn("locale", "text").execute();
  }
  await db.schema.alterTable("communities").addColumn("notice_channels", "text").execute();
  await portable(db)
    .primaryId(db.schema.createTable("notices"), "notices")
    .addColumn("community_id", "text", (column) => column.notNull().references("communities.id").onDelete("cascade"))
    .addColumn("subject", "text", (column) => column.notNull())
    .addColumn("subject_id", "text", (column) => column.notNull())
    .addColumn("cause", "text", (column) => column.notNull())
    .addColumn("channel", "text", (column) => column.notNull())
    .addColumn("recipient", "text", (column) => column.notNull())
    .addColumn("body", "text", (column) => column.notNull())
    .addColumn("status", "text", (column) => column.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("tries_from", "text", (column) => column.notNull())
    .addColumn("next_attempt_at", "text", (column) => column.notNull())
    .addColumn("claimed_until", "text")
    .addColumn("delivered_at", "text")
    .addColumn("last_error", "text")
    .addUniqueConstraint("notices_once", ["community_id", "subject", "subject_id", "cause", "channel"])
    .execute();
  await db.schema.createIndex("notices_due").on("notices").columns(["status", "next_attempt_at"]).execute();
  await db.schema.createIndex("notices_by_community").on("notices").columns(["community_id", "created_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("notices").execute();
  await db.schema.alterTable("communities").dropColumn("notice_channels").execute();
  for (const table of ["registrations", "bookings", "signups"]) {
    for (const column of ["notify", "email", "locale"]) await db.schema.alterTable(table).dropColumn(column).execute();
  }
}
