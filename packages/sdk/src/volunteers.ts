import { Opportunity, Page, SignupCheck, type SignupRequest, SignupResult } from "@community-kit/schema";
import { type ClientOptions, type CommunityClient, clientOn, communityRoot, transportFor } from "./client.js";
import { type ReadOptions, type WriteOptions, getJson, sendUncached } from "./http.js";
import { newIdempotencyKey } from "./idempotency-key.js";

export type {
  ConfirmedSignup,
  Opportunity,
  Shift,
  SignupCheck,
  SignupRequest,
  SignupResult,
  WaitlistedSignup,
} from "@community-kit/schema";

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
    /**
     * Opportunities with their shifts in the range, filled and waitlisted counts: never who. A saved
     * copy goes to `onCached` first; the call asks the server every time, so places taken show.
     */
    list(params?: OpportunityListParams, options?: ReadOptions<Page<Opportunity>>): Promise<Page<Opportunity>>;
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
    ...clientOn(transport, options),
    opportunities: {
      list: (params = {}, readOptions) => {
        const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
        return getJson(transport, `${root}/opportunities${query ? `?${query}` : ""}`, OpportunityPage, readOptions);
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
