import type { ColumnDataType, CreateTableBuilder, Kysely } from "kysely";
import { isPostgres } from "../engine.js";

type Table = CreateTableBuilder<any, any>;

/**
 * What a migration writes differently on each engine. On PostgreSQL every
 * primary key and unique key starts with community_id, so that a distributed
 * PostgreSQL (Citus, distributing by community_id) takes the tables unchanged.
 * SQLite keeps the keys its files were made with.
 */
export function portable(db: Kysely<unknown>) {
  const postgres = isPostgres(db);
  return {
    /** Degrees of latitude or longitude: PostgreSQL's real holds only six digits. */
    coordinate: (postgres ? "double precision" : "real") as ColumnDataType,

    /** `seq`, the arrival order, as the table's key. */
    arrivalOrder: (table: Table, name: string): Table =>
      postgres
        ? table
            .addColumn("seq", "integer", (column) => column.notNull().generatedByDefaultAsIdentity())
            .addPrimaryKeyConstraint(`${name}_pk`, ["community_id", "seq"])
        : table.addColumn("seq", "integer", (column) => column.primaryKey().autoIncrement()),

    /** `id`, unique: across the table on SQLite, within its community on PostgreSQL. */
    uniqueId: (table: Table, name: string): Table =>
      postgres
        ? table.addColumn("id", "text", (column) => column.notNull()).addUniqueConstraint(`${name}_id_unique`, ["community_id", "id"])
        : table.addColumn("id", "text", (column) => column.notNull().unique()),

    /** `id` as the primary key: alone on SQLite, after community_id on PostgreSQL. */
    primaryId: (table: Table, name: string): Table =>
      postgres
        ? table.addColumn("id", "text", (column) => column.notNull()).addPrimaryKeyConstraint(`${name}_pk`, ["community_id", "id"])
        : table.addColumn("id", "text", (column) => column.primaryKey()),
  };
}
