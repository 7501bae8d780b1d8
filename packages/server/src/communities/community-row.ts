import type { Community } from "@community-kit/schema";
import type { CommunityRow } from "../database/tables.js";

/** The API's view of a community row and its categories. */
export function communityFromRow(
  community: Omit<CommunityRow, "retention_days" | "write_origins" | "notice_channels"> & { retention_days: number },
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
  };
}
