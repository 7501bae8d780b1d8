import type { CommunityClient } from "@community-kit/sdk";

// Widgets on one page that name the same API and community share one client,
// and so one cache and one set of requests. The SDK (and zod with it) is
// loaded only by pages that use an API; pages that pass data never fetch it.
const clients = new Map<string, Promise<unknown>>();

/** One client of a kind per API and community on the page, made by `create` the first time. */
export function sharedPerCommunity<Client>(kind: string, api: string, community: string, create: () => Promise<Client>): Promise<Client> {
  const key = `${kind}\u0000${api}\u0000${community}`;
  let client = clients.get(key) as Promise<Client> | undefined;
  if (!client) {
    client = create();
    clients.set(key, client);
  }
  return client;
}

export function sharedClient(api: string, community: string): Promise<CommunityClient> {
  return sharedPerCommunity("events", api, community, () => import("@community-kit/sdk").then(({ createClient }) => createClient({ baseUrl: api, community })));
}
