import type { Clock, EmailChannel, NoticeChannels, NoticeMessage, WebhookChannel } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { subjectOfNotice } from "./notice-subjects.js";
import { postToWebhook } from "./webhook.js";
import { sendByEmail } from "./email.js";
import { writeDueReminders } from "./reminders.js";
import { noticeChannelsOf } from "./notice-channels.js";
import { maskPhone } from "./write-notice.js";

/** How a notice leaves: to the community's gateway, or by e-mail. Tests and benchmarks put in their own. */
export interface NoticeTransport {
  webhook(channel: WebhookChannel, body: string, now: Date): Promise<void>;
  email(channel: EmailChannel, message: NoticeMessage, to: string): Promise<void>;
}

/** How long one run holds a notice it is sending before another may take it (a server that died mid-send). */
const CLAIM_MS = 2 * 60_000;
/** A notice not delivered within a day is marked failed: news of a class is stale after that. */
export const GIVE_UP_MS = 24 * 3_600_000;

/** Waits between tries: 30 s, doubling, at most an hour. */
export function retryDelay(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);
}

export interface DeliveryRun {
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * Sends the notices that are due, each claimed first so that two servers never send one together,
 * and records how each went: delivered; tried again after a wait that grows; failed after a day.
 */
export async function deliverDueNotices(db: Kysely<Database>, now: Date, transport: NoticeTransport, batch = 50): Promise<DeliveryRun> {
  const run: DeliveryRun = { delivered: 0, retrying: 0, failed: 0 };
  const at = now.toISOString();
  const due = await db
    .selectFrom("notices")
    .select(["id", "community_id", "subject", "subject_id", "channel", "body", "attempts", "tries_from"])
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", at)
    .where((where) => where.or([where("claimed_until", "is", null), where("claimed_until", "<", at)]))
    .orderBy("next_attempt_at")
    .limit(batch)
    .execute();
  // Each community's channels are read once a run, not once a notice.
  const channels = new Map<string, Promise<NoticeChannels>>();
  const channelsOf = (communityId: string) => {
    if (!channels.has(communityId)) channels.set(communityId, noticeChannelsOf(db, communityId));
    return channels.get(communityId)!;
  };
  await Promise.all(
    due.map(async (notice) => {
      const claim = await db
        .updateTable("notices")
        .set({ claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString() })
        .where("id", "=", notice.id)
        .where("status", "=", "pending")
        .where((where) => where.or([where("claimed_until", "is", null), where("claimed_until", "<", at)]))
        .executeTakeFirst();
      if (!claim.numUpdatedRows) return;
      const attempts = notice.attempts + 1;
      try {
        await send(db, notice, await channelsOf(notice.community_id), now, transport);
        await db
          .updateTable("notices")
          .set({ status: "delivered", attempts, delivered_at: at, claimed_until: null, last_error: null })
          .where("id", "=", notice.id)
          .execute();
        run.delivered++;
      } catch (error) {
        const givenUp = now.getTime() - Date.parse(notice.tries_from) >= GIVE_UP_MS;
        await db
          .updateTable("notices")
          .set({
            status: givenUp ? "failed" : "pending",
            attempts,
            next_attempt_at: new Date(now.getTime() + retryDelay(attempts)).toISOString(),
            claimed_until: null,
            last_error: error instanceof Error ? error.message : String(error),
          })
          .where("id", "=", notice.id)
          .execute();
        run[givenUp ? "failed" : "retrying"]++;
      }
    }),
  );
  return run;
}

async function send(
  db: Kysely<Database>,
  notice: { community_id: string; subject: Database["notices"]["subject"]; subject_id: string; channel: "webhook" | "email"; body: string },
  channels: NoticeChannels,
  now: Date,
  transport: NoticeTransport,
): Promise<void> {
  const subject = await subjectOfNotice(db, notice.community_id, notice.subject, notice.subject_id);
  // Names and phones are erased once kept as long as the privacy notice says: nobody to tell then.
  if (!subject?.phone || subject.phone.startsWith("erased:")) throw new Error("The resident's phone is no longer held");
  const message: NoticeMessage = {
    ...(JSON.parse(notice.body) as Omit<NoticeMessage, "to">),
    to: { phone: subject.phone, phoneMasked: maskPhone(subject.phone) },
  };
  if (notice.channel === "webhook") {
    if (!channels.webhook) throw new Error("The community no longer has a webhook");
    await transport.webhook(channels.webhook, JSON.stringify(message), now);
  } else {
    if (!channels.email) throw new Error("The community no longer sends e-mail");
    if (!subject.email) throw new Error("The resident's address is no longer held");
    await transport.email(channels.email, message, subject.email);
  }
}

/** Sends over the network: the gateway's webhook, and SMTP. */
export const networkTransport: NoticeTransport = {
  webhook: postToWebhook,
  email: sendByEmail,
};

/** Every few seconds while the server runs, writes the reminders that have come due and sends what is due; returns the function that stops it. */
export function deliverNoticesRegularly(
  db: Kysely<Database>,
  clock: Clock,
  onError: (error: unknown) => void,
  transport: NoticeTransport = networkTransport,
): () => void {
  let running = false;
  const run = async () => {
    // One run at a time: a slow gateway does not pile runs up.
    if (running) return;
    running = true;
    try {
      const now = clock.now();
      await writeDueReminders(db, now);
      await deliverDueNotices(db, now, transport);
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(run, 5_000);
  timer.unref();
  return () => clearInterval(timer);
}
