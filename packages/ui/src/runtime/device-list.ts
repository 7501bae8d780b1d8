import { type UseStore, createStore, del, entries, set } from "idb-keyval";

/**
 * A small list kept on this device (IndexedDB), such as a resident's
 * registrations with their cancel tokens. Where the browser refuses storage
 * (private windows, full quota) it lives in memory for the visit instead.
 */
export class DeviceList<Item> {
  #store: UseStore | undefined;
  #memory = new Map<string, Item>();
  #persistent = true;

  constructor(private readonly name: string) {}

  #open(): UseStore {
    // One database per list: idb-keyval opens one store per database.
    this.#store ??= createStore(`community-kit-${this.name}`, this.name);
    return this.#store;
  }

  async list(): Promise<Array<[string, Item]>> {
    if (this.#persistent) {
      try {
        return (await entries<string, Item>(this.#open())).concat([...this.#memory.entries()]);
      } catch {
        this.#persistent = false;
      }
    }
    return [...this.#memory.entries()];
  }

  async put(key: string, item: Item): Promise<void> {
    if (this.#persistent) {
      try {
        return await set(key, item, this.#open());
      } catch {
        this.#persistent = false;
      }
    }
    this.#memory.set(key, item);
  }

  async delete(key: string): Promise<void> {
    this.#memory.delete(key);
    if (!this.#persistent) return;
    try {
      await del(key, this.#open());
    } catch {
      this.#persistent = false;
    }
  }
}
