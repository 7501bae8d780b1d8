import { type EventCreate, type EventUpdate, ManagedBooking, ManagedBookingList, ManagedEvent, type ManagedRegistration, ManagedRegistrationList } from "@community-kit/schema";
import { type ClientOptions, type CommunityClient, communityRoot, createClient } from "./client.js";
import { type Transport, getText, sendUncached } from "./http.js";

export interface AdminClientOptions extends ClientOptions {
  /** The community's management key, from `community-kit-server keys create`. Keep it on a server, never in a public page. */
  apiKey: string;
}

export interface CommunityAdminClient extends CommunityClient {
  admin: {
    events: {
      /** Creates an event, or a series with `recurrence`. */
      create(event: EventCreate, options?: { signal?: AbortSignal }): Promise<ManagedEvent>;
      /** Changes an event, a series or one occurrence; more places go to those waiting. */
      update(id: string, changes: EventUpdate, options?: { signal?: AbortSignal }): Promise<ManagedEvent>;
      /** Calls an event, series or occurrence off: it stays listed as cancelled and takes no registrations. */
      cancel(id: string, options?: { signal?: AbortSignal }): Promise<ManagedEvent>;
      /** Deletes an event with its registrations, a series with its occurrences, or leaves one occurrence out. */
      delete(id: string, options?: { signal?: AbortSignal }): Promise<void>;
    };
    registrations: {
      /** An event's registrations with names and phones, in arrival order. */
      list(eventId: string, options?: { signal?: AbortSignal }): Promise<ManagedRegistration[]>;
      /** The same as CSV for a spreadsheet (UTF-8 with a byte-order mark). */
      exportCsv(eventId: string, options?: { signal?: AbortSignal }): Promise<string>;
    };
    bookings: {
      /** Bookings of rooms and equipment with who made them, in start order. */
      list(query?: { resource?: string; status?: ManagedBooking["status"]; from?: string; to?: string }, options?: { signal?: AbortSignal }): Promise<ManagedBooking[]>;
      approve(bookingId: string, options?: { signal?: AbortSignal }): Promise<ManagedBooking>;
      /** Rejects a booking awaiting approval; its time is free at once. */
      reject(bookingId: string, options?: { signal?: AbortSignal }): Promise<ManagedBooking>;
    };
  };
}

/**
 * A client that also manages the community with its API key: for a
 * community's own back office or scripts, on a server. Nothing it reads is
 * cached, as registrations carry personal data.
 */
export function createAdminClient(options: AdminClientOptions): CommunityAdminClient {
  const root = communityRoot(options.baseUrl, options.community);
  const transport: Transport = { fetch: options.fetch ?? globalThis.fetch.bind(globalThis), cache: undefined };
  const headers = { Authorization: `Bearer ${options.apiKey}` };
  const event = (id: string) => `${root}/events/${encodeURIComponent(id)}`;
  const call = <T>(method: "GET" | "POST" | "PATCH", url: string, body: unknown, schema: Parameters<typeof sendUncached<T>>[4], signal?: AbortSignal) =>
    sendUncached<T>(transport, method, url, body, schema, { headers, signal }) as Promise<T>;

  return {
    ...createClient(options),
    admin: {
      events: {
        create: (created, { signal } = {}) => call("POST", `${root}/events`, created, ManagedEvent, signal),
        update: (id, changes, { signal } = {}) => call("PATCH", event(id), changes, ManagedEvent, signal),
        cancel: (id, { signal } = {}) => call("POST", `${event(id)}/cancel`, undefined, ManagedEvent, signal),
        delete: async (id, { signal } = {}) => {
          await sendUncached(transport, "DELETE", event(id), undefined, undefined, { headers, signal });
        },
      },
      registrations: {
        list: (eventId, { signal } = {}) => call("GET", `${event(eventId)}/registrations`, undefined, ManagedRegistrationList, signal),
        exportCsv: (eventId, { signal } = {}) => getText(transport, `${event(eventId)}/registrations.csv`, headers, signal),
      },
      bookings: {
        list: (query = {}, { signal } = {}) => {
          const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
          return call("GET", `${root}/bookings${search ? `?${search}` : ""}`, undefined, ManagedBookingList, signal);
        },
        approve: (bookingId, { signal } = {}) => call("POST", `${root}/bookings/${encodeURIComponent(bookingId)}/approve`, undefined, ManagedBooking, signal),
        reject: (bookingId, { signal } = {}) => call("POST", `${root}/bookings/${encodeURIComponent(bookingId)}/reject`, undefined, ManagedBooking, signal),
      },
    },
  };
}
