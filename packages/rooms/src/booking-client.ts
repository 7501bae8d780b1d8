import type { CommunityBookingClient } from "@community-kit/sdk/bookings";

// Widgets on one page that name the same API and community share one client;
// the SDK is loaded only when a widget reads an API.
const clients = new Map<string, Promise<CommunityBookingClient>>();

export function sharedBookingClient(api: string, community: string): Promise<CommunityBookingClient> {
  const key = `${api}\u0000${community}`;
  let client = clients.get(key);
  if (!client) {
    client = import("@community-kit/sdk/bookings").then(({ createBookingClient }) => createBookingClient({ baseUrl: api, community }));
    clients.set(key, client);
  }
  return client;
}
