import type { FieldError, Problem } from "@community-kit/schema";

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
    readonly code: string,
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

  constructor(readonly url: string, options?: { cause?: unknown }) {
    super(`Could not reach ${url}`, options);
  }
}

function groupFieldErrors(errors: FieldError[]): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const error of errors) (grouped[error.field] ??= []).push(error.message);
  return grouped;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
