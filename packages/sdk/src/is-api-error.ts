import type { CommunityApiError } from "./errors.js";

// Apart from the error classes: a widget's first bundle takes this guard without them.
/**
 * Whether `error` is a CommunityApiError, with `code` if one is given. It
 * reads the error's name, not its class, so it holds for an error from
 * another copy of the SDK on the page, and costs a page nothing to import.
 */
export function isApiError(error: unknown, code?: string): error is CommunityApiError {
  const failure = error as Partial<CommunityApiError> | null | undefined;
  return failure?.name === "CommunityApiError" && (code === undefined || failure.code === code);
}
