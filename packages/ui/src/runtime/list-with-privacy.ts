import type { Community, PrivacyPolicy } from "@community-kit/schema";
import type { ReadOptions } from "@community-kit/sdk";
import type { LoadContext } from "./loading.js";

/** What a widget with a form shows: a community's list (rooms, opportunities) and the privacy notice its form shows. */
export interface ListWithPrivacy<Item> {
  items: Item[];
  privacy?: PrivacyPolicy;
  /** How residents who ask are told, which the forms offer: none when absent. */
  notices?: Community["notices"];
}

/**
 * Reads a community's list beside its privacy notice, which comes with the
 * community: the saved copies first, then what the server says. `extra` is
 * what else the widget keeps with them.
 */
export async function listWithPrivacy<Item, Extra extends object>(
  client: { community(options: ReadOptions<Community>): Promise<Community> },
  list: (options: ReadOptions<{ items: Item[] }>) => Promise<{ items: Item[] }>,
  { signal, cached }: LoadContext<ListWithPrivacy<Item> & Extra>,
  extra: Extra,
): Promise<ListWithPrivacy<Item> & Extra> {
  let saved: Community | undefined;
  const about = client.community({ signal, onCached: (community) => (saved = community) });
  about.catch(() => undefined); // thrown by the await below, unless the list failed first
  const page = await list({ signal, onCached: (list) => cached({ ...extra, items: list.items, privacy: saved?.privacy, notices: saved?.notices }) });
  const { privacy, notices } = await about;
  return { ...extra, items: page.items, privacy, notices };
}
