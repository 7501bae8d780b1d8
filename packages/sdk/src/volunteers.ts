import { Opportunity, Page, SignupCheck, type SignupRequest, SignupResult } from "@community-kit/schema";
import { type ClientOptions, type CommunityClient, communityRoot, createClient, transportFor } from "./client.js";
import { type WriteOptions, sendUncached } from "./http.js";
import { newIdempotencyKey } from "./idempotency-key.js";

export interface OpportunityListParams {
  /** A day (YYYY-MM-DD, its start in the community's zone) or an instant; default now. */
  from?: string;
  /** Default eight weeks after from; at most 92 days. */
  to?: string;
  team?: string;
  skill?: string;
}

export interface CommunityVolunteerClient extends CommunityClient {
  opportunities: {
    /** Opportunities with their shifts in the range, filled and waitlisted counts: never who. */
    list(params?: OpportunityListParams, options?: { signal?: AbortSignal }): Promise<Opportunity[]>;
    /** One opportunity with every shift to come. */
    get(id: string, options?: { signal?: AbortSignal }): Promise<Opportunity>;
  };
  shifts: {
    /**
     * Signs up: confirmed while places last, else waitlisted with a position.
     * A phone that holds an overlapping shift throws a CommunityApiError with
     * code overlapping_signup and `problem.conflict`. A fresh Idempotency-Key
     * is made unless one is given; keep the cancelToken.
     */
    signUp(shiftId: string, request: SignupRequest, options?: Omit<WriteOptions, "headers">): Promise<SignupResult>;
    /** The address of the shift's .ics, for the volunteer's own calendar. */
    calendarUrl(shiftId: string): string;
  };
  signups: {
    /** Cancels; a confirmed place goes to the first on the waitlist. */
    cancel(signupId: string, cancelToken: string, options?: { signal?: AbortSignal }): Promise<void>;
    /** Where a sign-up stands now: a waitlisted one may have been promoted. */
    check(signupId: string, cancelToken: string, options?: { signal?: AbortSignal }): Promise<SignupCheck>;
  };
}

const OpportunityPage = Page(Opportunity);

/**
 * A client for volunteering: its own entry (`@community-kit/sdk/volunteers`),
 * so that pages without the volunteer widget do not carry it.
 */
export function createVolunteerClient(options: ClientOptions): CommunityVolunteerClient {
  const root = communityRoot(options.baseUrl, options.community);
  const transport = transportFor(options);
  const shift = (id: string) => `${root}/shifts/${encodeURIComponent(id)}`;
  return {
    ...createClient(options),
    opportunities: {
      // Never from a cache: a place taken a moment ago must show as taken.
      list: async (params = {}, { signal } = {}) => {
        const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
        return (await sendUncached(transport, "GET", `${root}/opportunities${query ? `?${query}` : ""}`, undefined, OpportunityPage, { signal }))!.items;
      },
      get: async (id, { signal } = {}) =>
        (await sendUncached(transport, "GET", `${root}/opportunities/${encodeURIComponent(id)}`, undefined, Opportunity, { signal }))!,
    },
    shifts: {
      signUp: async (shiftId, request, writeOptions = {}) =>
        (await sendUncached(
          transport,
          "POST",
          `${shift(shiftId)}/signups`,
          request,
          SignupResult,
          { ...writeOptions, idempotencyKey: writeOptions.idempotencyKey ?? newIdempotencyKey() },
          {
            kind: "signup",
            source: root,
            subject: shiftId,
          },
        ))!,
      calendarUrl: (shiftId) => `${shift(shiftId)}.ics`,
    },
    signups: {
      cancel: async (signupId, cancelToken, { signal } = {}) => {
        await sendUncached(transport, "DELETE", `${root}/signups/${encodeURIComponent(signupId)}`, undefined, undefined, {
          signal,
          headers: { "Cancel-Token": cancelToken },
        });
      },
      check: async (signupId, cancelToken, { signal } = {}) =>
        (await sendUncached(transport, "GET", `${root}/signups/${encodeURIComponent(signupId)}`, undefined, SignupCheck, {
          signal,
          headers: { "Cancel-Token": cancelToken },
        }))!,
    },
  };
}
