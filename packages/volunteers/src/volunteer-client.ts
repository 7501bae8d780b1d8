import type { CommunityVolunteerClient } from "@community-kit/sdk/volunteers";
import { sharedPerCommunity } from "@community-kit/ui";

/** The page's volunteer client for an API and community; the SDK loads only when a widget reads an API. */
export function sharedVolunteerClient(api: string, community: string): Promise<CommunityVolunteerClient> {
  return sharedPerCommunity("volunteers", api, community, () =>
    import("@community-kit/sdk/volunteers").then(({ createVolunteerClient }) => createVolunteerClient({ baseUrl: api, community })),
  );
}
