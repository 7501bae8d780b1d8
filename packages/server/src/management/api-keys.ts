import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { hashSecret, newSecret, secretMatches } from "../http/secrets.js";

const KEY_FORMAT = /^ck_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/;

/** Makes a management key for a community; the key is returned once and only its hash is kept. */
export async function createApiKey(db: Kysely<Database>, communityId: string, label: string, now: Date): Promise<string> {
  return (await makeApiKey(db, communityId, label, now)).key;
}

/** A new key, with its id for the list. */
export async function makeApiKey(db: Kysely<Database>, communityId: string, label: string, now: Date): Promise<{ id: string; key: string }> {
  const id = randomBytes(6).toString("hex");
  const secret = newSecret();
  await db
    .insertInto("api_keys")
    .values({ id, community_id: communityId, label, secret_hash: hashSecret(secret), created_at: now.toISOString() })
    .execute();
  return { id, key: `ck_${id}_${secret}` };
}

/** A working key this server made: its community, and how staff know it. */
export interface KeyHolder {
  communityId: string;
  keyId: string;
  label: string;
}

/** Who holds a key, if it is one this server made and it is not revoked; notes when it was last used. */
export async function holderOfKey(db: Kysely<Database>, key: string, now: Date): Promise<KeyHolder | undefined> {
  const parts = KEY_FORMAT.exec(key);
  if (!parts) return undefined;
  const [, id, secret] = parts;
  const stored = await db.selectFrom("api_keys").select(["community_id", "secret_hash", "label", "revoked_at"]).where("id", "=", id!).executeTakeFirst();
  if (!stored || stored.revoked_at !== null || !secretMatches(stored.secret_hash, secret)) return undefined;
  await db.updateTable("api_keys").set({ last_used_at: now.toISOString() }).where("id", "=", id!).execute();
  return { communityId: stored.community_id, keyId: id!, label: stored.label };
}

/** A community's keys as staff see them: never the secret, which is not kept. */
export async function listApiKeys(db: Kysely<Database>, communityId: string) {
  return db
    .selectFrom("api_keys")
    .select(["id", "label", "created_at as createdAt", "last_used_at as lastUsedAt", "revoked_at as revokedAt"])
    .where("community_id", "=", communityId)
    .orderBy("created_at")
    .execute();
}

/** Stops a key working from now on; false when the community has no such key. */
export async function revokeApiKey(db: Kysely<Database>, communityId: string, keyId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("api_keys")
    .set({ revoked_at: now.toISOString() })
    .where("community_id", "=", communityId)
    .where("id", "=", keyId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
