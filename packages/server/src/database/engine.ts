import { type Kysely, PostgresAdapter } from "kysely";

/** Whether `db` (or a transaction of it) runs on PostgreSQL rather than SQLite. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
