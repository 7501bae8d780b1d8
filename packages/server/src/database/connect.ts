import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from "kysely";
import { LRUCache } from "lru-cache";
import pg from "pg";
import type { Database } from "./tables.js";

export const DEFAULT_DATABASE_URL = "sqlite:data/community-kit.db";

export const isPostgresUrl = (databaseUrl: string) => /^postgres(ql)?:\/\//.test(databaseUrl);

/**
 * Opens the database that `DATABASE_URL` names: `postgres://…` for PostgreSQL
 * (`?max=N` sets the pool size, 10 by default); `sqlite::memory:`, or
 * `sqlite:<path>` / `file:<path>` / a bare path for a SQLite file (created with its folder).
 */
export function connectDatabase(databaseUrl = DEFAULT_DATABASE_URL): Kysely<Database> {
  if (isPostgresUrl(databaseUrl)) return connectPostgres(databaseUrl);
  const location = sqliteLocation(databaseUrl);
  if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
  const sqlite = new SQLite(location);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: keepingStatements(sqlite) }) });
}

/**
 * The SQLite file with its prepared statements kept by their SQL: Kysely
 * prepares every query anew, which was a third of a small read's time. Safe
 * because every query runs to its end at once (all or run, never iterate).
 */
function keepingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new LRUCache<string, SQLite.Statement>({ max: 500 });
  return {
    close: () => sqlite.close(),
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function connectPostgres(databaseUrl: string): Kysely<Database> {
  const url = new URL(databaseUrl);
  const max = Number(url.searchParams.get("max") ?? 10);
  if (!Number.isInteger(max) || max < 1) throw new Error(`DATABASE_URL: max must be a whole number of connections, not "${url.searchParams.get("max")}"`);
  url.searchParams.delete("max");
  const pool = new pg.Pool({ connectionString: url.toString(), max });
  // A connection the server dropped (restart, failover) is replaced on the next query; it must not crash the process.
  pool.on("error", () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

function sqliteLocation(databaseUrl: string): string {
  const path = databaseUrl.replace(/^(sqlite|file):(\/\/)?/, "");
  if (path === ":memory:" || path === "") return ":memory:";
  return resolve(path);
}
