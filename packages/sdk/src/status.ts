import { type CancelByCodeRequest, CodeStatus } from "@community-kit/schema";
import { type ClientOptions, type CommunityClient, clientOn, communityRoot, transportFor } from "./client.js";
import { sendUncached } from "./http.js";

export type { CancelByCodeRequest, CodeStatus } from "@community-kit/schema";

export interface CommunityStatusClient extends CommunityClient {
  /**
   * Where a registration, booking or sign-up stands now, by the short code its write answered with
   * and the phone number it was made with: for a resident on another device, or staff at the front
   * desk with her on the phone. What it is and when, its state (a place on the waitlist, a booking
   * turned down with staff's reason) and whether the event was called off; never who. Sent as a
   * POST, so that the phone number is never in a URL; wrong codes count against the same tries as
   * cancelling by code (too_many_attempts after five for a phone in an hour).
   */
  statusByCode(request: CancelByCodeRequest, options?: { signal?: AbortSignal }): Promise<CodeStatus>;
}

/**
 * A client that looks things up by short code: its own entry (`@community-kit/sdk/status`), so
 * that the widgets, which keep each resident's tokens on her device, do not carry it.
 */
export function createStatusClient(options: ClientOptions): CommunityStatusClient {
  const transport = transportFor(options);
  const root = communityRoot(options.baseUrl, options.community);
  return {
    ...clientOn(transport, options),
    statusByCode: async (request, { signal } = {}) => (await sendUncached(transport, "POST", `${root}/status-by-code`, request, CodeStatus, { signal }))!,
  };
}
