import type { CommunityPartnerClient } from "@community-kit/sdk/partners";
import { sharedPerCommunity } from "@community-kit/ui";

/** The page's partner client for an API and community; the SDK loads only when a widget reads an API. */
export function sharedPartnerClient(api: string, community: string): Promise<CommunityPartnerClient> {
  return sharedPerCommunity("partners", api, community, () =>
    import("@community-kit/sdk/partners").then(({ createPartnerClient }) => createPartnerClient({ baseUrl: api, community })),
  );
}
