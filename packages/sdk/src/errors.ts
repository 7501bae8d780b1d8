import type { ErrorCode, FieldError, Problem } from "@community-kit/schema";
import type { Delivery, QueuedWrite } from "./queued-write.js";

/** Codes the SDK gives to failures that the server did not describe itself. */
export type ClientErrorCode = "invalid_response" | "http_error";

/**
 * The API answered, but not with what was asked for: a problem+json from the
 * server (its `code`), or a body that is not what the schema promises
 * (`invalid_response`).
 */
export class CommunityApiError extends Error {
  override readonly name = "CommunityApiError";
  /** Each field at fault, with its messages, e.g. { from: ["Invalid input"] } */
  readonly fieldErrors: Record<string, string[]>;

  constructor(
    /** The server's code (`ErrorCode`, every one it sends), or the SDK's own (`ClientErrorCode`); a newer server may send one not listed yet. */
    readonly code: ErrorCode | ClientErrorCode | (string & {}),
    readonly status: number,
    message: string,
    readonly problem?: Problem,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.fieldErrors = groupFieldErrors(problem?.errors ?? []);
  }
}

/** The request never got an answer: offline, DNS, refused connection, CORS. */
export class CommunityNetworkError extends Error {
  override readonly name = "CommunityNetworkError";
  readonly code = "network_error";

  constructor(
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not reach ${url}`, options);
  }
}

/**
 * A write that could not reach the server, kept on this device instead (the
 * outbox): it is sent again with its Idempotency-Key when the connection
 * returns, also after the page is opened again, and done once. `delivered`
 * settles with the server's answer if that comes while this page is open.
 * (Not generic: `instanceof` narrows a generic class to its `<any>`, and the answer with it.)
 */
export class CommunityWriteQueued extends Error {
  override readonly name = "CommunityWriteQueued";
  readonly code = "queued";

  constructor(
    readonly write: QueuedWrite,
    readonly delivered: Promise<Delivery>,
    options?: { cause?: unknown },
  ) {
    super("Saved on this device; it will be sent when the connection returns", options);
  }
}

function groupFieldErrors(errors: FieldError[]): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const error of errors) {
    grouped[error.field] = [...(grouped[error.field] ?? []), error.message];
  }
  return grouped;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
