import type { ManagedNotice, NoticeChannels, NoticeChannelsView, NoticeChannelsWrite, NoticeList, NoticeMessage, NoticeStatus } from "@community-kit/schema";
import type { Kysely, Selectable } from "kysely";
import type { Database, NoticeTable } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";
import { noticeChannelsOf } from "./notice-channels.js";

/** The channels as staff read them: secrets are written, never read back. */
export function channelsView(channels: NoticeChannels): NoticeChannelsView {
  const { webhook, email, templates } = channels;
  return {
    webhook: webhook && { url: webhook.url, via: webhook.via },
    email: email && { host: email.host, port: email.port, secure: email.secure, user: email.user, from: email.from, passwordSet: Boolean(email.password) },
    ...(templates ? { templates } : {}),
  };
}

/** Replaces the community's channels; a secret, password or wording left out keeps the one held. A new webhook needs its secret. */
export async function setNoticeChannels(db: Kysely<Database>, communityId: string, write: NoticeChannelsWrite): Promise<NoticeChannelsView> {
  const held = await noticeChannelsOf(db, communityId);
  const secret = write.webhook?.secret ?? (held.webhook && held.webhook.url === write.webhook?.url ? held.webhook.secret : undefined);
  if (write.webhook && !secret) {
    throw new ProblemError(400, "invalid_body", "A secret is needed", "A new webhook address needs the secret its gateway checks notices by", [
      { field: "webhook.secret", code: "too_small", message: "Required for a new webhook address" },
    ]);
  }
  // Left out, the wording stays: the channels and the wording are each written on their own.
  const templates = write.templates ?? held.templates;
  const channels: NoticeChannels = {
    webhook: write.webhook && { url: write.webhook.url, via: write.webhook.via, secret: secret! },
    email: write.email && { ...write.email, password: write.email.password ?? held.email?.password },
    ...(templates ? { templates } : {}),
  };
  await db
    .updateTable("communities")
    .set({ notice_channels: JSON.stringify(channels) })
    .where("id", "=", communityId)
    .execute();
  return channelsView(channels);
}

function managedNotice(row: Selectable<NoticeTable>): ManagedNotice {
  return {
    id: row.id,
    subject: row.subject,
    subjectId: row.subject_id,
    cause: row.cause as ManagedNotice["cause"],
    channel: row.channel,
    recipient: row.recipient,
    text: (JSON.parse(row.body) as NoticeMessage).text,
    status: row.status,
    attempts: row.attempts,
    createdAt: row.created_at,
    nextAttemptAt: row.status === "pending" ? row.next_attempt_at : null,
    deliveredAt: row.delivered_at,
    lastError: row.last_error,
  };
}

/** The community's notices, latest first, a page at a time. */
export async function listNotices(
  db: Kysely<Database>,
  communityId: string,
  query: { status?: NoticeStatus; limit?: number; cursor?: string },
): Promise<NoticeList> {
  const limit = query.limit ?? 50;
  let select = db.selectFrom("notices").selectAll().where("community_id", "=", communityId);
  if (query.status) select = select.where("status", "=", query.status);
  if (query.cursor) {
    const after = await db
      .selectFrom("notices")
      .select(["created_at", "id"])
      .where("community_id", "=", communityId)
      .where("id", "=", query.cursor)
      .executeTakeFirst();
    if (after) {
      select = select.where((where) =>
        where.or([where("created_at", "<", after.created_at), where.and([where("created_at", "=", after.created_at), where("id", "<", after.id)])]),
      );
    }
  }
  const rows = await select
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(managedNotice);
  return { items, nextCursor: rows.length > limit ? items.at(-1)!.id : null };
}

/** Staff send a notice again: at once, with a new day of tries. One that is on its way is left to finish. */
export async function resendNotice(db: Kysely<Database>, communityId: string, id: string, now: Date): Promise<ManagedNotice> {
  const at = now.toISOString();
  await db
    .updateTable("notices")
    .set({ status: "pending", tries_from: at, next_attempt_at: at })
    .where("community_id", "=", communityId)
    .where("id", "=", id)
    .where((where) => where.or([where("claimed_until", "is", null), where("claimed_until", "<", at)]))
    .execute();
  const row = await db.selectFrom("notices").selectAll().where("community_id", "=", communityId).where("id", "=", id).executeTakeFirst();
  if (!row) throw new ProblemError(404, "notice_not_found", "Notice not found", `There is no notice "${id}"`);
  return managedNotice(row);
}
