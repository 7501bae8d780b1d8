import { resetStoryApi } from "../story-api.js";

/**
 * What a resident's device keeps, as [database, store]: ui's DeviceList (one database per list),
 * and the SDK's outbox of writes waiting for the network.
 */
const DEVICE_STORES: Array<[database: string, store: string]> = [
  ["community-kit-registrations", "registrations"],
  ["community-kit-bookings", "bookings"],
  ["community-kit-shifts", "shifts"],
  ["community-kit-outbox", "writes"],
];

/** Empties one store; its database is left for the widget's open connection, which would block deleting it. */
function emptyStore([database, name]: [string, string]): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.open(database);
    request.onupgradeneeded = () => request.result.createObjectStore(name);
    request.onerror = () => resolve();
    request.onsuccess = () => {
      const connection = request.result;
      const transaction = connection.transaction(name, "readwrite");
      transaction.objectStore(name).clear();
      transaction.oncomplete = transaction.onerror = () => {
        connection.close();
        resolve();
      };
    };
  });
}

/**
 * Forgets what earlier stories' residents registered, booked and signed up for (or left waiting to send), on this browser
 * and in the story API, so that each story starts as a first visit to a fresh server ("我的报名"
 * shows what this story made, not what was opened before). A global loader: Storybook calls it
 * before the story's own loaders (which set up a full shift or an offline copy), and the story API
 * is reset before it returns its promise.
 */
export function startClean(): Promise<void> {
  resetStoryApi();
  return Promise.all(DEVICE_STORES.map(emptyStore)).then(() => undefined);
}
