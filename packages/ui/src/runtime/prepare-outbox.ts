/**
 * Loads the SDK's outbox while the connection is still there, so that a form
 * sent after it dropped (a lift, a tunnel) can be kept on the device: code
 * cannot be fetched offline. Forms call it when they are shown.
 */
export function prepareOutbox(): void {
  import("@community-kit/sdk/outbox").catch(() => {
    // Offline already: a failed send then says so and keeps what was typed.
  });
}
