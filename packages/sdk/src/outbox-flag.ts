/**
 * Whether this device holds writes not yet sent, kept beside the outbox in
 * localStorage so that a page can tell without loading the outbox's code.
 * Storage can be refused (a sandboxed frame): the flag then reads false and
 * the outbox is resumed the next time a write is queued.
 */
const FLAG = "community-kit:outbox";

export function hasQueuedWrites(): boolean {
  try {
    return globalThis.localStorage?.getItem(FLAG) === "1";
  } catch {
    return false;
  }
}

export function markQueuedWrites(pending: boolean): void {
  try {
    if (pending) globalThis.localStorage?.setItem(FLAG, "1");
    else globalThis.localStorage?.removeItem(FLAG);
  } catch {
    // Only the resuming on the next visit is lost; the writes are in IndexedDB.
  }
}

/** Calls `listener` whenever another tab of the site queues a write while none waited, until the function returned is called. */
export function onQueuedElsewhere(listener: () => void): () => void {
  // The storage event fires in the site's other tabs only, and only when the flag changes.
  const heard = (event: StorageEvent) => {
    if (event.key === FLAG && event.newValue === "1") listener();
  };
  globalThis.addEventListener?.("storage", heard);
  return () => globalThis.removeEventListener?.("storage", heard);
}
