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
 * Forgets what earlier stories' residents registered, booked and signed up for on this browser, so
 * that each story starts as a first visit ("我的报名" shows what this story made, not what was opened
 * before).
 */
export async function forgetResidentsWrites(): Promise<void> {
  await Promise.all(DEVICE_LISTS.map(emptyList));
}
