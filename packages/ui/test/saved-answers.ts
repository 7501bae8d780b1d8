/** What the SDK's cache sets in localStorage once it has saved an answer on this device. */
export const SAVED_ANSWERS_MARK = "community-kit-responses";

/** This device as on a first visit: no answer saved (they would show before the network's), no database made. */
export function forgetSavedAnswers(): Promise<void> {
  localStorage.removeItem(SAVED_ANSWERS_MARK);
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase("community-kit");
    request.onsuccess = request.onblocked = () => resolve();
    request.onerror = () => reject(request.error);
  });
}
