/** A cached GET response: its validated-before body and the ETag to revalidate it with. */
export interface CachedResponse {
  etag: string;
  body: unknown;
  /** When the server last confirmed this body, ms since the epoch. */
  storedAt: number;
}

/** Where the client keeps GET responses between calls (and, in the browser, between visits). */
export interface ResponseCache {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse): Promise<void>;
}

/** A cache that lives as long as the process: the default in Node. */
export class MemoryResponseCache implements ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();
  readonly #limit: number;

  constructor(limit = 500) {
    this.#limit = limit;
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    return this.#entries.get(key);
  }

  async set(key: string, value: CachedResponse): Promise<void> {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    // Evict the least recently stored entry.
    if (this.#entries.size > this.#limit) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
