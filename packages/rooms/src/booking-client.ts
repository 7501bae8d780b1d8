import type { CommunityBookingClient } from "@community-kit/sdk/bookings";
import { sharedPerCommunity } from "@community-kit/ui";

/** The page's booking client for an API and community; the SDK loads only when a widget reads an API. */
export function sharedBookingClient(api: string, community: string): Promise<CommunityBookingClient> {
  return sharedPerCommunity("bookings", api, community, () =>
    import("@community-kit/sdk/bookings").then(({ createBookingClient }) => createBookingClient({ baseUrl: api, community })),
  );
}
