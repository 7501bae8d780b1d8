import { resetStoryApi } from "../story-api.js";

/** The lists a resident's device keeps (ui's DeviceList: one IndexedDB database per list). */
const DEVICE_LISTS = ["registrations", "bookings", "shifts"];

/** Empties one list; its database is left for the widget's open connection, which would block deleting it. */
function emptyList(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.open(`community-kit-${name}`);
    request.onupgradeneeded = () => request.result.createObjectStore(name);
    request.onerror = () => resolve();
    request.onsuccess = () => {
      const database = request.result;
      const transaction = database.transaction(name, "readwrite");
      transaction.objectStore(name).clear();
      transaction.oncomplete = transaction.onerror = () => {
        database.close();
        resolve();
      };
    };
  });
}

/**
 * Forgets what earlier stories' residents registered, booked and signed up for, on this browser
 * and in the story API, so that each story starts as a first visit to a fresh server ("我的报名"
 * shows what this story made, not what was opened before). A global loader: Storybook calls it
 * before the story's own loaders (which set up a full shift or an offline copy), and the story API
 * is reset before it returns its promise.
 */
export function startClean(): Promise<void> {
  resetStoryApi();
  return Promise.all(DEVICE_LISTS.map(emptyList)).then(() => undefined);
}
