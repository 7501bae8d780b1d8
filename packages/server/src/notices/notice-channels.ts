import { NoticeChannels } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";

/** A community's channels as its row keeps them; none where it set none (or what it holds no longer reads as channels). */
export function parseNoticeChannels(json: string | null | undefined): NoticeChannels {
  const parsed = json ? NoticeChannels.safeParse(JSON.parse(json)) : undefined;
  return parsed?.success ? parsed.data : { webhook: null, email: null };
}

/** The community's channels, read from its row. */
export async function noticeChannelsOf(db: Kysely<Database>, communityId: string): Promise<NoticeChannels> {
  const row = await db.selectFrom("communities").select("notice_channels").where("id", "=", communityId).executeTakeFirst();
  return parseNoticeChannels(row?.notice_channels);
}
