import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

let created = 0;

/**
 * An empty database for one test server. With TEST_POSTGRES_URL naming a
 * PostgreSQL server (npm test starts a throwaway one), a database of its own
 * there; else a SQLite file in a temporary folder.
 */
export async function freshDatabase(postgresUrl = process.env.TEST_POSTGRES_URL): Promise<FreshDatabase> {
  if (postgresUrl) return freshPostgresDatabase(postgresUrl);
  const folder = mkdtempSync(join(tmpdir(), "community-kit-"));
  return { url: `sqlite:${join(folder, "test.db")}`, drop: async () => rmSync(folder, { recursive: true, force: true }) };
}

async function freshPostgresDatabase(serverUrl: string): Promise<FreshDatabase> {
  const name = `community_kit_test_${process.pid}_${++created}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
