import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { hashSecret, newSecret, secretMatches } from "../http/secrets.js";

const KEY_FORMAT = /^ck_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/;

/** Makes a management key for a community; the key is returned once and only its hash is kept. */
export async function createApiKey(db: Kysely<Database>, communityId: string, label: string, now = new Date()): Promise<string> {
  const id = randomBytes(6).toString("hex");
  const secret = newSecret();
  await db
    .insertInto("api_keys")
    .values({ id, community_id: communityId, label, secret_hash: hashSecret(secret), created_at: now.toISOString() })
    .execute();
  return `ck_${id}_${secret}`;
}

/** The community a key belongs to, if it is a key this server made; notes when it was last used. */
export async function communityOfKey(db: Kysely<Database>, key: string, now = new Date()): Promise<string | undefined> {
  const parts = KEY_FORMAT.exec(key);
  if (!parts) return undefined;
  const [, id, secret] = parts;
  const stored = await db.selectFrom("api_keys").select(["community_id", "secret_hash"]).where("id", "=", id!).executeTakeFirst();
  if (!stored || !secretMatches(stored.secret_hash, secret)) return undefined;
  await db.updateTable("api_keys").set({ last_used_at: now.toISOString() }).where("id", "=", id!).execute();
  return stored.community_id;
}
