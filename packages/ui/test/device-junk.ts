import { createStore, entries, set } from "idb-keyval";

/**
 * Puts beside the first item a widget kept in `store` (IndexedDB) items that
 * another version of the kit, or another script, might have left: that item
 * with each of `changes`.
 */
export async function leaveJunkBeside(store: string, changes: Array<Record<string, unknown>>): Promise<void> {
  const device = createStore(`community-kit-${store}`, store);
  const [first] = await entries<string, Record<string, unknown>>(device);
  if (!first) throw new Error(`nothing kept in ${store}`);
  for (const [index, change] of changes.entries()) await set(`junk-${index}`, { ...first[1], ...change }, device);
}
