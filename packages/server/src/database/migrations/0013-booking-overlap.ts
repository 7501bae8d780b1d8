import { type Kysely, sql } from "kysely";
import { isPostgres } from "../engine.js";

/**
 * Each booking keeps the buffer it was made with and whether it holds its
 * resource alone (a room, or equipment with one unit). On PostgreSQL the
 * database then refuses two such bookings of one resource whose times,
 * each followed by its buffer, overlap: an exclusion constraint, whatever
 * the code above it does. SQLite holds the same rule by taking one write at
 * a time (writeTransaction).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("bookings")
    .addColumn("buffer_minutes", "integer", (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("bookings")
    .addColumn("exclusive", "integer", (column) => column.notNull().defaultTo(0))
    .execute();
  const resources: { community_id: string; id: string; quantity: number | null; limits: string }[] = await db
    .selectFrom("resources")
    .select(["community_id", "id", "quantity", "limits"])
    .execute();
  for (const resource of resources) {
    await db
      .updateTable("bookings")
      .set({ buffer_minutes: JSON.parse(resource.limits).bufferMinutes ?? 0, exclusive: (resource.quantity ?? 1) === 1 ? 1 : 0 })
      .where("community_id", "=", resource.community_id)
      .where("resource_id", "=", resource.id)
      .execute();
  }
  if (!isPostgres(db)) return;
  await sql`create extension if not exists btree_gist`.execute(db);
  // Instants are stored as UTC ISO text (…Z), which reads the same under every setting: the range is immutable, as an index needs.
  await sql`
    create function community_kit_held_range(start_at text, end_at text, buffer_minutes integer) returns tstzrange
    language sql immutable parallel safe
    as $$ select tstzrange(start_at::timestamptz, end_at::timestamptz + make_interval(mins => buffer_minutes)) $$`.execute(db);
  await sql`
    alter table bookings add constraint bookings_no_overlap
    exclude using gist (community_id with =, resource_id with =, community_kit_held_range(start_at, end_at, buffer_minutes) with &&)
    where (exclusive = 1 and status in ('confirmed', 'pending'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table bookings drop constraint bookings_no_overlap`.execute(db);
    await sql`drop function community_kit_held_range`.execute(db);
  }
  await db.schema.alterTable("bookings").dropColumn("exclusive").execute();
  await db.schema.alterTable("bookings").dropColumn("buffer_minutes").execute();
}
