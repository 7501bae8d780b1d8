import { type Kysely, sql } from "kysely";
import { portable } from "./portable.js";

/** A community's co-building partners (党建联建单位), with where they are in WGS-84. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { coordinate } = portable(db);
  await db.schema
    .createTable("partners")
    .addColumn("community_id", "text", (column) => column.notNull().references("communities.id").onDelete("cascade"))
    .addColumn("id", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("type", "text", (column) => column.notNull())
    .addColumn("address", "text", (column) => column.notNull())
    .addColumn("lat", coordinate, (column) => column.notNull())
    .addColumn("lng", coordinate, (column) => column.notNull())
    .addColumn("contact", "text", (column) => column.notNull().defaultTo("{}"))
    .addColumn("description", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("services", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("partner_since", "text")
    .addColumn("logo_url", "text")
    .addColumn("website", "text")
    .addColumn("position", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("partners_pk", ["community_id", "id"])
    .addCheckConstraint("partners_type", sql`type in ('school', 'enterprise', 'hospital', 'social-organisation', 'government', 'cultural-site')`)
    .addCheckConstraint("partners_location", sql`lat between -90 and 90 and lng between -180 and 180`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("partners").execute();
}
