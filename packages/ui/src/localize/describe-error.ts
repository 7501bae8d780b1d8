import { isApiError } from "@community-kit/sdk";
import type { CommonMessages } from "./common-messages.js";
import type { SupportedLocale } from "./locale.js";
import type { Localizer } from "./messages.js";

// The SDK's errors are told apart by name (isApiError does too), not instanceof, so that
// this module does not pull the SDK into every widget's first bundle.
interface FeedError {
  name: string;
  describe?: (locale: SupportedLocale) => string;
}

/** A resident-facing sentence for a failed load, in the widget's locale. */
export function describeLoadError(error: unknown, localizer: Localizer<CommonMessages>): string {
  const failure = error as FeedError | undefined;
  if (failure?.name === "CommunityNetworkError") return localizer.t("networkError");
  // A feed's errors bring their own words, so that pages without a feed do not carry them.
  if (failure?.name === "CommunityFeedError" && failure.describe) return failure.describe(localizer.locale);
  if (isApiError(error)) {
    if (error.code === "invalid_response") return localizer.t("invalidResponse");
    // What happened and what to do, never the status: residents cannot act on "500".
    if (error.status >= 500) return localizer.t("serverError");
    return error.message;
  }
  return localizer.t("unexpectedError");
}
