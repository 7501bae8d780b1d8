import { isQueued } from "./is-queued.js";

/**
 * Sends a resident's write. When the SDK keeps it on the device instead
 * (CommunityWriteQueued, no connection), calls `queued` and waits for the
 * server's answer once the connection returns: its result, or its refusal,
 * thrown as any failure is. `later` says the answer came through the outbox,
 * where the widget's "my …" list keeps it (OutboxWatch): the form only shows it.
 */
export async function sendOrWait<Result>(send: () => Promise<Result>, queued: () => void): Promise<{ result: Result; later: boolean }> {
  try {
    return { result: await send(), later: false };
  } catch (error) {
    if (!isQueued(error)) throw error;
    queued();
    const answer = await error.delivered;
    if (answer.result === undefined) throw answer.error;
    return { result: answer.result as Result, later: true };
  }
}
