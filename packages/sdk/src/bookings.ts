import { Availability, BookingCheck, type BookingRequest, BookingResult, Page, Resource, type ResourceKind } from "@community-kit/schema";
import { type ClientOptions, type CommunityClient, clientOn, communityRoot, transportFor } from "./client.js";
import { type ReadOptions, type WriteOptions, getJson, sendUncached } from "./http.js";
import { newIdempotencyKey } from "./idempotency-key.js";

export type { Availability, BookingCheck, BookingRequest, BookingResult, Resource, ResourceKind } from "@community-kit/schema";

export interface CommunityBookingClient extends CommunityClient {
  resources: {
    /** The community's rooms and equipment, or one kind of them. */
    list(params?: { kind?: ResourceKind }, options?: ReadOptions<Page<Resource>>): Promise<Page<Resource>>;
    get(id: string, options?: ReadOptions<Resource>): Promise<Resource>;
    /** Each slot of the days `from` to `to` (exclusive, at most 31), free, busy or not bookable. */
    availability(id: string, range: { from: string; to?: string }, options?: { signal?: AbortSignal }): Promise<Availability>;
  };
  bookings: {
    /**
     * Books: confirmed, or pending where staff approve. A taken time throws a
     * CommunityApiError with code slot_unavailable and `problem.alternatives`.
     * A fresh Idempotency-Key is made unless one is given; keep the cancelToken.
     */
    create(request: BookingRequest, options?: Omit<WriteOptions, "headers">): Promise<BookingResult>;
    cancel(bookingId: string, cancelToken: string, options?: { signal?: AbortSignal }): Promise<void>;
    /** Where a booking stands now: approved, awaiting approval, rejected (with staff's reason) or cancelled. */
    check(bookingId: string, cancelToken: string, options?: { signal?: AbortSignal }): Promise<BookingCheck>;
  };
}

const ResourcePage = Page(Resource);

/**
 * A client for booking rooms and equipment: its own entry
 * (`@community-kit/sdk/bookings`), so that pages with events only do not carry it.
 */
export function createBookingClient(options: ClientOptions): CommunityBookingClient {
  const root = communityRoot(options.baseUrl, options.community);
  const transport = transportFor(options);
  const resource = (id: string) => `${root}/resources/${encodeURIComponent(id)}`;
  return {
    ...clientOn(transport, options),
    resources: {
      list: (params = {}, readOptions) => getJson(transport, `${root}/resources${params.kind ? `?kind=${params.kind}` : ""}`, ResourcePage, readOptions),
      get: (id, readOptions) => getJson(transport, resource(id), Resource, readOptions),
      // Never from a cache: a slot taken a moment ago must show as taken.
      availability: async (id, range, { signal } = {}) =>
        (await sendUncached(transport, "GET", `${resource(id)}/availability?from=${range.from}${range.to ? `&to=${range.to}` : ""}`, undefined, Availability, {
          signal,
        }))!,
    },
    bookings: {
      create: async (request, writeOptions = {}) =>
        (await sendUncached(
          transport,
          "POST",
          `${root}/bookings`,
          request,
          BookingResult,
          { ...writeOptions, idempotencyKey: writeOptions.idempotencyKey ?? newIdempotencyKey() },
          {
            kind: "booking",
            source: root,
            subject: request.resourceId,
          },
        ))!,
      cancel: async (bookingId, cancelToken, { signal } = {}) => {
        await sendUncached(transport, "DELETE", `${root}/bookings/${encodeURIComponent(bookingId)}`, undefined, undefined, {
          signal,
          headers: { "Cancel-Token": cancelToken },
        });
      },
      check: async (bookingId, cancelToken, { signal } = {}) =>
        (await sendUncached(transport, "GET", `${root}/bookings/${encodeURIComponent(bookingId)}`, undefined, BookingCheck, {
          signal,
          headers: { "Cancel-Token": cancelToken },
        }))!,
    },
  };
}
