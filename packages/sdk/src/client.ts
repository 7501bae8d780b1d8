import {
  type CancelByCodeRequest,
  CancelByCodeResult,
  Community,
  Event,
  Page,
  RegistrationCheck,
  type RegistrationRequest,
  RegistrationResult,
} from "@community-kit/schema";
import * as z from "zod/mini";
import { IndexedDbResponseCache } from "./indexeddb-cache.js";
import { type ReadOptions, type Transport, type WriteOptions, getJson, sendUncached } from "./http.js";
import { newIdempotencyKey } from "./idempotency-key.js";
import { hasQueuedWrites } from "./outbox-flag.js";
import { type CachedResponse, MemoryResponseCache, type ResponseCache } from "./response-cache.js";
import { DEFAULT_RETRY, type RetryPolicy } from "./retry.js";

export interface ClientOptions {
  /** Where the API is served, e.g. https://api.example.org or, in a page, "/" for the same origin. */
  baseUrl: string;
  /** The community's id, e.g. "taihe". */
  community: string;
  /** A fetch to use instead of the global one (tests, proxies, custom headers). */
  fetch?: typeof fetch;
  /** Where GET responses are kept: IndexedDB in a browser and memory in Node by default; false for none. */
  cache?: ResponseCache | false;
  /** Timeout, retries with backoff and the circuit that stops asking a failing server (DEFAULT_RETRY). */
  retry?: Partial<RetryPolicy>;
  /**
   * Residents' writes (register, book, sign up) that cannot reach the server wait in an outbox on
   * the device (IndexedDB) and are sent when the connection returns: the call rejects with
   * CommunityWriteQueued. On by default where the device keeps it (browsers). Without IndexedDB
   * (Node) it is off by default, and such writes fail with CommunityNetworkError: an outbox there
   * lives in the process's memory, and goes with it. True turns that memory outbox on anyway.
   */
  outbox?: boolean;
}

export interface EventListParams {
  /** A day (YYYY-MM-DD, in the community's zone) or an instant; events ending after it. */
  from?: string | Date;
  /** A day (exclusive) or an instant; events starting before it. */
  to?: string | Date;
  /** One category id or several. */
  category?: string | string[];
  /** Words that the title or the place must contain. */
  q?: string;
  cursor?: string;
  /** Page size, 1–1000 (the server's default is 100). */
  limit?: number;
}

export interface CommunityClient {
  readonly communityId: string;
  readonly baseUrl: string;
  /** The community: name, time zone, locale, address and event categories. */
  community(options?: ReadOptions<Community>): Promise<Community>;
  events: {
    /** One page of events overlapping the range, in start order. */
    list(params?: EventListParams, options?: ReadOptions<Page<Event>>): Promise<Page<Event>>;
    /** Every event overlapping the range, following the pages. */
    listAll(params?: Omit<EventListParams, "cursor">, options?: ReadOptions<Event[]>): Promise<Event[]>;
    /** One event by id. */
    get(id: string, options?: ReadOptions<Event>): Promise<Event>;
    /**
     * Registers for an event: confirmed while places last, else waitlisted with
     * a position. A fresh Idempotency-Key is made unless one is given; keep the
     * result's cancelToken on the resident's device.
     */
    register(eventId: string, request: RegistrationRequest, options?: Omit<WriteOptions, "headers">): Promise<RegistrationResult>;
    /** Cancels a registration with the token its registration returned. */
    cancelRegistration(eventId: string, registrationId: string, cancelToken: string, options?: { signal?: AbortSignal }): Promise<void>;
    /** Where a registration stands now: confirmed (perhaps moved up from the waitlist), its waitlist place, or cancelled; and whether the event was called off. */
    checkRegistration(eventId: string, registrationId: string, cancelToken: string, options?: { signal?: AbortSignal }): Promise<RegistrationCheck>;
  };
  /**
   * Cancels a registration, booking or sign-up by the short code its write answered with and the
   * phone number it was made with, from any device; says what was cancelled. Wrong codes are
   * counted: after five for a phone in an hour it rejects with too_many_attempts.
   */
  cancelByCode(request: CancelByCodeRequest, options?: { signal?: AbortSignal }): Promise<CancelByCodeResult>;
}

const EventPage = Page(Event);
const LIST_ALL_PAGE_SIZE = 1000;

/** The typed client every widget is built on. */
export function createClient(options: ClientOptions): CommunityClient {
  return clientOn(transportFor(options), options);
}

/** The events client on a transport that a feature client (bookings, volunteers, partners) shares with it: one cache, one outbox. */
export function clientOn(transport: Transport, options: Pick<ClientOptions, "baseUrl" | "community">): CommunityClient {
  const apiRoot = communityRoot(options.baseUrl, options.community);

  const eventsUrl = (params: EventListParams) => `${apiRoot}/events${queryString(params)}`;

  const list = (params: EventListParams = {}, readOptions?: ReadOptions<Page<Event>>) => getJson(transport, eventsUrl(params), EventPage, readOptions);

  async function listAll(params: Omit<EventListParams, "cursor"> = {}, readOptions: ReadOptions<Event[]> = {}): Promise<Event[]> {
    const pageParams = { limit: LIST_ALL_PAGE_SIZE, ...params };
    if (readOptions.onCached) {
      const cached = await cachedPages(transport, pageParams, eventsUrl);
      if (cached) readOptions.onCached(cached.items, { storedAt: cached.storedAt });
    }
    const items: Event[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Event> = await list(cursor ? { ...pageParams, cursor } : pageParams, { signal: readOptions.signal });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  const eventUrl = (eventId: string) => `${apiRoot}/events/${encodeURIComponent(eventId)}`;
  const registrationUrl = (eventId: string, registrationId: string) => `${eventUrl(eventId)}/registrations/${encodeURIComponent(registrationId)}`;

  return {
    communityId: options.community,
    baseUrl: options.baseUrl,
    community: (readOptions) => getJson(transport, apiRoot, Community, readOptions),
    events: {
      list,
      listAll,
      get: (id, readOptions) => getJson(transport, eventUrl(id), Event, readOptions),
      register: async (eventId, request, writeOptions = {}) =>
        (await sendUncached(
          transport,
          "POST",
          `${eventUrl(eventId)}/registrations`,
          request,
          RegistrationResult,
          {
            ...writeOptions,
            idempotencyKey: writeOptions.idempotencyKey ?? newIdempotencyKey(),
          },
          { kind: "registration", source: apiRoot, subject: eventId },
        ))!,
      cancelRegistration: async (eventId, registrationId, cancelToken, { signal } = {}) => {
        await sendUncached(transport, "DELETE", registrationUrl(eventId, registrationId), undefined, undefined, {
          signal,
          headers: { "Cancel-Token": cancelToken },
        });
      },
      checkRegistration: async (eventId, registrationId, cancelToken, { signal } = {}) =>
        (await sendUncached(transport, "GET", registrationUrl(eventId, registrationId), undefined, RegistrationCheck, {
          signal,
          headers: { "Cancel-Token": cancelToken },
        }))!,
    },
    cancelByCode: async (request, writeOptions = {}) =>
      (await sendUncached(transport, "POST", `${apiRoot}/cancellations`, request, CancelByCodeResult, writeOptions))!,
  };
}

/** Every page of a listing from the cache alone, or undefined if any page is missing. */
async function cachedPages(
  transport: Transport,
  params: EventListParams,
  eventsUrl: (params: EventListParams) => string,
): Promise<{ items: Event[]; storedAt: Date } | undefined> {
  const items: Event[] = [];
  let oldest = Infinity;
  let cursor: string | null = null;
  do {
    const entry: CachedResponse | undefined = await transport.cache?.get(eventsUrl(cursor ? { ...params, cursor } : params));
    if (!entry) return undefined;
    const page: z.core.util.SafeParseResult<Page<Event>> = z.safeParse(EventPage, entry.body);
    if (!page.success) return undefined;
    items.push(...page.data.items);
    oldest = Math.min(oldest, entry.storedAt);
    cursor = page.data.nextCursor;
  } while (cursor);
  return { items, storedAt: new Date(oldest) };
}

/** The API's /v1 at `baseUrl`: in a page a relative address ("/") is the page's own origin. */
export function apiRoot(baseUrl: string): string {
  const base = new URL(baseUrl, globalThis.location?.href);
  return `${base.href.replace(/\/+$/, "").replace(/\/v1$/, "")}/v1`;
}

export function communityRoot(baseUrl: string, community: string): string {
  return `${apiRoot(baseUrl)}/communities/${encodeURIComponent(community)}`;
}

/** The list's query: what is given, in the order given; instants as ISO strings, categories joined by commas. */
function queryString(params: EventListParams): string {
  const search = new URLSearchParams();
  // String([]) and String("") are empty: an empty category list or search is left out.
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && String(value)) search.set(name, value instanceof Date ? value.toISOString() : String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The fetch and cache a client's requests go through, by its options. */
export function transportFor(options: Pick<ClientOptions, "fetch" | "cache" | "retry" | "outbox">): Transport {
  const transport = {
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    cache: options.cache === false ? undefined : (options.cache ?? defaultCache()),
    retry: { ...DEFAULT_RETRY, ...options.retry },
    outbox: options.outbox ?? typeof indexedDB !== "undefined",
  };
  // Writes left waiting on an earlier visit go now; the outbox's code loads only then.
  if (transport.outbox && hasQueuedWrites()) void import("./outbox.js").then((outbox) => outbox.resumeOutbox(transport));
  return transport;
}

function defaultCache(): ResponseCache {
  return typeof indexedDB === "undefined" ? new MemoryResponseCache() : new IndexedDbResponseCache();
}
