import type { Community } from "@community-kit/schema";
import type { CommunityRow } from "../database/tables.js";
import { parseNoticeChannels } from "../notices/notice-channels.js";

/** The API's view of a community row and its categories. */
export function communityFromRow(
  community: Omit<CommunityRow, "retention_days" | "write_origins" | "notice_channels"> & { retention_days: number; notice_channels?: string | null },
  categories: Array<{ id: string; name: string; color: string | null }>,
): Community {
  return {
    id: community.id,
    name: community.name,
    timezone: community.timezone,
    locale: community.locale as Community["locale"],
    address: community.address,
    categories: categories.map(({ id, name, color }) => (color ? { id, name, color } : { id, name })),
    privacy: {
      controller: community.privacy_controller || community.name,
      contact: community.privacy_contact || community.address,
      retentionDays: community.retention_days,
    },
    ...noticeWays(community.notice_channels),
  };
}

/** How residents who ask are told, for the forms to say: none where the community sends no notices. */
function noticeWays(channelsJson: string | null | undefined): Pick<Community, "notices"> {
  const channels = parseNoticeChannels(channelsJson);
  const ways: NonNullable<Community["notices"]> = [];
  if (channels.webhook) ways.push(channels.webhook.via);
  if (channels.email) ways.push("email");
  return ways.length ? { notices: ways } : {};
}
