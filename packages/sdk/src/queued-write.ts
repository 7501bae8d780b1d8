import type { BookingResult, RegistrationResult, SignupResult } from "@community-kit/schema";
import type { CommunityApiError } from "./errors.js";

/** What each kind of resident's write answers once it is delivered. */
export interface QueuedResults {
  registration: RegistrationResult;
  booking: BookingResult;
  signup: SignupResult;
}

export type QueuedKind = keyof QueuedResults;

/** A resident's write kept on this device until the server has answered it. */
export interface QueuedWrite<Kind extends QueuedKind = QueuedKind> {
  /** Its Idempotency-Key: every send carries it, so the server does it once however often it is sent. */
  key: string;
  kind: Kind;
  /** The API root it goes to (…/v1/communities/{id}), which also tells the community. */
  source: string;
  /** The event, resource or shift it is for. */
  subject: string;
  url: string;
  /** The request as it was made. */
  body: unknown;
  /** ms since the epoch */
  queuedAt: number;
}

/** The server's answer to a queued write: its result, or why it was refused (taken meanwhile, closed, …). */
export type Delivery<Kind extends QueuedKind = QueuedKind> =
  | { write: QueuedWrite<Kind>; result: QueuedResults[Kind]; error?: undefined }
  | { write: QueuedWrite<Kind>; result?: undefined; error: CommunityApiError };
