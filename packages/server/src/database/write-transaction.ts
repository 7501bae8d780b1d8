import { type Kysely, type Transaction, sql } from "kysely";
import { isPostgres } from "./engine.js";
import type { Database } from "./tables.js";

/**
 * Runs one community's write so that no other write of that community runs
 * beside it: a place read as free is still free when it is taken, on one
 * server or many. SQLite takes its write lock at BEGIN IMMEDIATE (one writer
 * per file); PostgreSQL takes a transaction-scoped advisory lock on the
 * community, so other communities write in parallel. The invariants are held
 * by the database as well: conditional updates for capacities, and on
 * PostgreSQL an exclusion constraint against overlapping bookings.
 */
export async function writeTransaction<Result>(
  db: Kysely<Database>,
  communityId: string,
  work: (transaction: Kysely<Database>) => Promise<Result>,
): Promise<Result> {
  if (isPostgres(db)) {
    return db.transaction().execute(async (transaction) => {
      await sql`select pg_advisory_xact_lock(hashtext(${`community-kit:${communityId}`}))`.execute(transaction);
      return work(transaction);
    });
  }
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection as unknown as Transaction<Database>);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}
