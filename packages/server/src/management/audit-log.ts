import { randomUUID } from "node:crypto";
import type { AuditEntry } from "@community-kit/schema";
import type { Context } from "hono";
import type { Kysely } from "kysely";
import type { ApiEnv } from "../http/request-time.js";
import type { Database } from "../database/tables.js";
import type { KeyHolder } from "./api-keys.js";

/** Requests made in one millisecond keep their order: ids sort as they were written. */
let sequence = 0;

/** Writes down a request made with a management key or in a staff session: every one, reads of personal data included. */
async function recordAudit(db: Kysely<Database>, holder: KeyHolder, request: { method: string; path: string; status: number }, now: Date): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: `${now.toISOString()}#${String(++sequence % 1e9).padStart(9, "0")}#${randomUUID().slice(0, 8)}`,
      community_id: holder.communityId,
      at: now.toISOString(),
      key_id: holder.keyId,
      key_label: holder.label,
      ...request,
    })
    .execute();
}

/** Writes down the request `context` is answering with `status`, made by `holder`: a key, or a member of staff. */
export function auditRequest(db: Kysely<Database>, holder: KeyHolder, context: Context<ApiEnv>, status: number): Promise<void> {
  return recordAudit(db, holder, { method: context.req.method, path: new URL(context.req.url).pathname, status }, context.get("now"));
}

/** The community's requests, latest first: `limit` of them, before `cursor` when given (the last id of the page before). */
export async function auditLog(
  db: Kysely<Database>,
  communityId: string,
  { limit = 100, cursor }: { limit?: number; cursor?: string } = {},
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  let select = db
    .selectFrom("audit_log")
    .select(["id", "at", "key_id as keyId", "key_label as keyLabel", "method", "path", "status"])
    .where("community_id", "=", communityId);
  if (cursor) select = select.where("id", "<", cursor);
  const rows = await select
    .orderBy("id", "desc")
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(({ id: _, ...entry }) => entry);
  return { items, nextCursor: rows.length > limit ? rows[limit - 1]!.id : null };
}
