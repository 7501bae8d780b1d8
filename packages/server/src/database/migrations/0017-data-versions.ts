import { type Kysely, sql } from "kysely";
import { isPostgres } from "../engine.js";

/**
 * Tables whose rows residents read, each with the column naming its community.
 * Bookkeeping (keys, audit, idempotency, write counts, short-code failures)
 * changes nothing a public read answers, so it leaves the version alone.
 */
export const VERSIONED_TABLES: Record<string, string> = {
  communities: "id",
  categories: "community_id",
  events: "community_id",
  registrations: "community_id",
  resources: "community_id",
  bookings: "community_id",
  teams: "community_id",
  opportunities: "community_id",
  shifts: "community_id",
  signups: "community_id",
  partners: "community_id",
  official_days: "community_id",
};

const OPERATIONS = ["insert", "update", "delete"] as const;

/**
 * A data version per community, raised by the database itself in the same
 * transaction as every write to what residents read (triggers), so every
 * server instance, the CLI and an import agree on it. Reads derive their
 * ETags from it and cache their answers by it (http/versioned-reads.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("data_versions")
    .addColumn("community_id", "text", (column) => column.primaryKey())
    .addColumn("version", "bigint", (column) => column.notNull())
    .execute();
  await sql`insert into data_versions (community_id, version) select id, 1 from communities`.execute(db);

  if (isPostgres(db)) {
    // One function for every table: the column naming the community is the trigger's argument.
    await sql`
      create function community_kit_raise_version() returns trigger language plpgsql as $$
      begin
        insert into data_versions (community_id, version)
        values ((case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end) ->> tg_argv[0], 1)
        on conflict (community_id) do update set version = data_versions.version + 1;
        return null;
      end $$`.execute(db);
    for (const [table, column] of Object.entries(VERSIONED_TABLES)) {
      await sql`
        create trigger ${sql.id(`${table}_raise_version`)} after insert or update or delete on ${sql.table(table)}
        for each row execute function community_kit_raise_version(${sql.lit(column)})`.execute(db);
    }
    return;
  }
  for (const [table, column] of Object.entries(VERSIONED_TABLES)) {
    for (const operation of OPERATIONS) {
      const row = operation === "delete" ? "old" : "new";
      await sql`
        create trigger ${sql.id(`${table}_${operation}_raises_version`)} after ${sql.raw(operation)} on ${sql.table(table)}
        begin
          insert into data_versions (community_id, version) values (${sql.raw(`${row}.${column}`)}, 1)
          on conflict (community_id) do update set version = version + 1;
        end`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of Object.keys(VERSIONED_TABLES)) await sql`drop trigger ${sql.id(`${table}_raise_version`)} on ${sql.table(table)}`.execute(db);
    await sql`drop function community_kit_raise_version()`.execute(db);
  } else {
    for (const table of Object.keys(VERSIONED_TABLES)) {
      for (const operation of OPERATIONS) await sql`drop trigger ${sql.id(`${table}_${operation}_raises_version`)}`.execute(db);
    }
  }
  await db.schema.dropTable("data_versions").execute();
}
