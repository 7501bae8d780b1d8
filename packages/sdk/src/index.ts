export { communityRoot, createClient, type ClientOptions, type CommunityClient, type EventListParams } from "./client.js";
export { hasQueuedWrites, onQueuedElsewhere } from "./outbox-flag.js";
export { newIdempotencyKey } from "./idempotency-key.js";
export { CommunityApiError, CommunityNetworkError, CommunityWriteQueued, type ClientErrorCode } from "./errors.js";
export { isApiError } from "./is-api-error.js";
export type { Delivery, QueuedKind, QueuedResults, QueuedWrite } from "./queued-write.js";
export type { ReadOptions, WriteOptions } from "./http.js";
export { IndexedDbResponseCache } from "./indexeddb-cache.js";
export { MemoryResponseCache, type CachedResponse, type ResponseCache } from "./response-cache.js";
export type {
  Availability,
  BookingRequest,
  BookingResult,
  Category,
  Community,
  ConfirmedRegistration,
  Event,
  /** An event, named so as not to shadow the DOM's `Event` in a page's code. */
  Event as CommunityEvent,
  EventCreate,
  EventLocation,
  EventUpdate,
  ErrorCode,
  FieldError,
  ManagedEvent,
  ManagedRegistration,
  Page,
  Problem,
  RegistrationCheck,
  RegistrationRequest,
  RegistrationResult,
  Resource,
  WaitlistedRegistration,
} from "@community-kit/schema";
export { DEFAULT_RETRY, type RetryPolicy } from "./retry.js";
