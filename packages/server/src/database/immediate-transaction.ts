import { type Kysely, type Transaction, sql } from "kysely";
import type { Database } from "./tables.js";

/**
 * Runs `work` in a SQLite IMMEDIATE transaction: the write lock is taken at
 * BEGIN, so two servers on one file cannot both read a free place and both
 * take it. Within one process Kysely's single connection serializes as well.
 */
export async function immediateTransaction<Result>(db: Kysely<Database>, work: (transaction: Kysely<Database>) => Promise<Result>): Promise<Result> {
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
