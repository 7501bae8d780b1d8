import { type CommunityClient, createClient } from "@community-kit/sdk";

// Widgets on one page that name the same API and community share one client,
// and so one cache and one set of requests.
const clients = new Map<string, CommunityClient>();

export function sharedClient(api: string, community: string): CommunityClient {
  const key = `${api}\u0000${community}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({ baseUrl: api, community });
    clients.set(key, client);
  }
  return client;
}
