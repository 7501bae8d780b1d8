import { type UseStore, createStore, get, set } from "idb-keyval";
import type { CachedResponse, ResponseCache } from "./response-cache.js";

/**
 * A cache in the browser's IndexedDB, so that a repeat visit renders at once.
 * Storage can be refused (private mode, quota): the cache then simply misses.
 */
export class IndexedDbResponseCache implements ResponseCache {
  #store: UseStore | undefined;

  #open(): UseStore {
    this.#store ??= createStore("community-kit", "responses");
    return this.#store;
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    try {
      return await get<CachedResponse>(key, this.#open());
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: CachedResponse): Promise<void> {
    try {
      await set(key, value, this.#open());
    } catch {
      // A cache that cannot write is only a slower cache.
    }
  }
}
