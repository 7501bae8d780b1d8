import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "./tables.js";

export const DEFAULT_DATABASE_URL = "sqlite:data/community-kit.db";

/**
 * Opens the database that `DATABASE_URL` names: `sqlite::memory:`, or
 * `sqlite:<path>` / `file:<path>` / a bare path for a file (created with its folder).
 */
export function connectDatabase(databaseUrl = DEFAULT_DATABASE_URL): Kysely<Database> {
  const location = sqliteLocation(databaseUrl);
  if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
  const sqlite = new SQLite(location);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function sqliteLocation(databaseUrl: string): string {
  if (/^postgres(ql)?:/.test(databaseUrl)) {
    throw new Error("PostgreSQL is not supported yet: set DATABASE_URL to sqlite:<path> or sqlite::memory:");
  }
  const path = databaseUrl.replace(/^(sqlite|file):(\/\/)?/, "");
  if (path === ":memory:" || path === "") return ":memory:";
  return resolve(path);
}
