import type { CommunityClient } from "@community-kit/sdk";

// Widgets on one page that name the same API and community share one client,
// and so one cache and one set of requests. The SDK (and zod with it) is
// loaded only by pages that use an API; pages that pass data never fetch it.
const clients = new Map<string, Promise<CommunityClient>>();

export function sharedClient(api: string, community: string): Promise<CommunityClient> {
  const key = `${api}\u0000${community}`;
  let client = clients.get(key);
  if (!client) {
    client = import("@community-kit/sdk").then(({ createClient }) => createClient({ baseUrl: api, community }));
    clients.set(key, client);
  }
  return client;
}
