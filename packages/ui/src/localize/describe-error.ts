import type { CommonMessages } from "./common-messages.js";
import type { SupportedLocale } from "./locale.js";
import type { Localizer } from "./messages.js";

// The SDK's errors are told apart by name and code, not instanceof, so that
// this module does not pull the SDK into every widget's first bundle.
interface SdkError {
  name: string;
  code?: string;
  status?: number;
  message: string;
  describe?: (locale: SupportedLocale) => string;
}

/** A resident-facing sentence for a failed load, in the widget's locale. */
export function describeLoadError(error: unknown, localizer: Localizer<CommonMessages>, community: string): string {
  const failure = error as SdkError | undefined;
  if (failure?.name === "CommunityNetworkError") return localizer.t("networkError");
  // A feed's errors bring their own words, so that pages without a feed do not carry them.
  if (failure?.name === "CommunityFeedError" && failure.describe) return failure.describe(localizer.locale);
  if (failure?.name === "CommunityApiError") {
    if (failure.code === "community_not_found") return localizer.t("communityNotFound", community);
    if (failure.code === "invalid_response") return localizer.t("invalidResponse");
    if ((failure.status ?? 0) >= 500) return localizer.t("serverError", failure.status!);
    return failure.message;
  }
  return localizer.t("unexpectedError");
}
