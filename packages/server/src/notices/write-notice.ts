import { randomUUID } from "node:crypto";
import { Locale, type NoticeCause, type NoticeChannels, type NoticeMessage, type NoticeSubject } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { parseNoticeChannels } from "./notice-channels.js";
import { subjectOfNotice } from "./notice-subjects.js";
import { noticeText } from "./notice-text.js";

/** A change a resident may be told of. */
export interface NoticedChange {
  communityId: string;
  subject: NoticeSubject;
  subjectId: string;
  cause: NoticeCause;
  now: Date;
}

/** 138****8000; +44*******0958: enough for staff and a gateway's logs to tell residents apart, not to call them. */
export function maskPhone(phone: string): string {
  return phone.slice(0, 3) + "*".repeat(Math.max(phone.length - 7, 1)) + phone.slice(-4);
}

/** z***@example.cn */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/**
 * Writes the notices a change causes, in the change's own transaction: so none is lost with a
 * change that happened, none is written for one that rolled back, and the unique key keeps each
 * to one. One for each channel that reaches the resident; none when they did not ask to be told
 * or the community sends none.
 */
export async function noticeChange(db: Kysely<Database>, change: NoticedChange): Promise<void> {
  await noticeChanges(db, [change]);
}

/** The notices of several changes, as `noticeChange` writes each: a community's row is read once, however many residents its changes reach. */
export async function noticeChanges(db: Kysely<Database>, changes: readonly NoticedChange[]): Promise<void> {
  const communities = new Map<string, CommunityOfNotices>();
  for (const change of changes) {
    let community = communities.get(change.communityId);
    if (!community) {
      const row = await db
        .selectFrom("communities")
        .select(["name", "locale", "notice_channels"])
        .where("id", "=", change.communityId)
        .executeTakeFirstOrThrow();
      community = { name: row.name, locale: row.locale, channels: parseNoticeChannels(row.notice_channels) };
      communities.set(change.communityId, community);
    }
    await writeNotices(db, change, community);
  }
}

interface CommunityOfNotices {
  name: string;
  locale: string;
  channels: NoticeChannels;
}

async function writeNotices(db: Kysely<Database>, change: NoticedChange, community: CommunityOfNotices): Promise<void> {
  const { channels } = community;
  if (!channels.webhook && !channels.email) return;
  const subject = await subjectOfNotice(db, change.communityId, change.subject, change.subjectId);
  if (!subject?.notify) return;
  const routes: Array<{ channel: "webhook" | "email"; recipient: string }> = [];
  if (channels.webhook) routes.push({ channel: "webhook", recipient: maskPhone(subject.phone) });
  if (channels.email && subject.email) routes.push({ channel: "email", recipient: maskEmail(subject.email) });
  if (!routes.length) return;

  const locale = Locale.safeParse(subject.locale ?? community.locale).data ?? "zh-CN";
  const createdAt = change.now.toISOString();
  for (const { channel, recipient } of routes) {
    const id = randomUUID();
    // The phone or address is read from the subject when the notice goes: it is not kept twice.
    const message: Omit<NoticeMessage, "to"> = {
      id,
      community: change.communityId,
      cause: change.cause,
      subject: { type: change.subject, id: change.subjectId },
      locale,
      text: noticeText(change.subject, change.cause, locale, { ...subject, community: community.name }, channels.templates),
      title: subject.title,
      startsAt: subject.startAt,
      endsAt: subject.endAt,
      place: subject.place,
      ...((change.cause === "rejected" || change.cause === "cancelled") && subject.reason ? { reason: subject.reason } : {}),
      createdAt,
    };
    await db
      .insertInto("notices")
      .values({
        id,
        community_id: change.communityId,
        subject: change.subject,
        subject_id: change.subjectId,
        cause: change.cause,
        channel,
        recipient,
        body: JSON.stringify(message),
        created_at: createdAt,
        tries_from: createdAt,
        next_attempt_at: createdAt,
        claimed_until: null,
        delivered_at: null,
        last_error: null,
      })
      .onConflict((conflict) => conflict.columns(["community_id", "subject", "subject_id", "cause", "channel"]).doNothing())
      .execute();
  }
}
