import { createStore, get, set } from "idb-keyval";
import type { CachedResponse, ResponseCache } from "./response-cache.js";

/**
 * Set in localStorage once a response is stored. Until then the cache is surely
 * empty and a read answers at once: on a first visit, opening IndexedDB means
 * making its database, a wait of a few hundred ms on a slow phone before the
 * first request could go.
 */
const STORED = "community-kit-responses";

/**
 * A cache in the browser's IndexedDB, so that a repeat visit renders at once.
 * Storage can be refused (private mode, quota): the cache then simply misses.
 */
export class IndexedDbResponseCache implements ResponseCache {
  // idb-keyval opens the database at the first read or write, not here.
  readonly #store = createStore("community-kit", "responses");

  async get(key: string): Promise<CachedResponse | undefined> {
    try {
      // A worker has no localStorage, and reads the cache. Refused storage throws (IndexedDB is refused with it).
      if (globalThis.localStorage?.getItem(STORED) !== null) return await get<CachedResponse>(key, this.#store);
    } catch {
      // A miss.
    }
    return undefined;
  }

  async set(key: string, value: CachedResponse): Promise<void> {
    try {
      // Marked first: a read right after sees the mark, and IndexedDB answers it after this write.
      // Storage that refuses the mark would refuse every read too, so nothing is written.
      globalThis.localStorage?.setItem(STORED, "1");
      // Not waited for: on a first visit IndexedDB may still be making its database when the answer is here.
      // A cache that cannot write is only a slower cache.
      set(key, value, this.#store).catch(() => {});
    } catch {}
  }
}
