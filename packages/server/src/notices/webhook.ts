import { createHmac } from "node:crypto";
import type { WebhookChannel } from "@community-kit/schema";

/** The headers a gateway checks a notice by: when it was signed, and the signature of that with the body. */
export const TIMESTAMP_HEADER = "community-kit-timestamp";
export const SIGNATURE_HEADER = "community-kit-signature";

/** HMAC-SHA256, in hex, of `{timestamp}.{body}` under the shared secret: the timestamp signed too, so an old notice cannot be replayed as new. */
export function signNotice(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** A gateway slower than this is taken as down for this try. */
const TIMEOUT_MS = 10_000;

/** POSTs one notice to the community's gateway, signed; anything but a 2xx answer throws, to be tried again. */
export async function postToWebhook(channel: WebhookChannel, body: string, now: Date): Promise<void> {
  const timestamp = Math.floor(now.getTime() / 1000);
  const response = await fetch(channel.url, {
    method: "POST",
    headers: {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "community-kit-notices",
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: `v1=${signNotice(channel.secret, timestamp, body)}`,
    },
    body,
    // A redirect would carry residents' phones somewhere the community did not name.
    redirect: "error",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`The gateway answered ${response.status}`);
}
