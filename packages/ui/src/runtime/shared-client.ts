import type { ClientOptions } from "@community-kit/sdk";

/** A kind of SDK client (events, bookings, volunteers, partners): its name, and its maker, loaded from its SDK entry when first needed. */
export interface ClientKind<Client> {
  name: string;
  load: () => Promise<(options: ClientOptions) => Client>;
}

// Widgets on one page that name the same API and community share one client of a kind,
// and so one cache and one set of requests. The SDK (and zod with it) is loaded only by
// pages that use an API; pages that pass data never fetch it.
const clients = new Map<string, Promise<unknown>>();

/** The page's client of `kind` for an API and community, made the first time it is asked for. */
export function sharedClient<Client>(kind: ClientKind<Client>, api: string, community: string): Promise<Client> {
  const key = `${kind.name}\u0000${api}\u0000${community}`;
  let client = clients.get(key) as Promise<Client> | undefined;
  if (!client) {
    client = kind.load().then((create) => create({ baseUrl: api, community }));
    clients.set(key, client);
  }
  return client;
}
