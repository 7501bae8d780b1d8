import type { CommonMessages } from "./common-messages.js";
import type { Localizer } from "./messages.js";

// The SDK's errors are told apart by name and code, not instanceof, so that
// this module does not pull the SDK into every widget's first bundle.
interface SdkError {
  name: string;
  code?: string;
  status?: number;
  message: string;
}

/** A resident-facing sentence for a failed load, in the widget's locale. */
export function describeLoadError(error: unknown, localizer: Localizer<CommonMessages>, community: string): string {
  const failure = error as SdkError | undefined;
  if (failure?.name === "CommunityNetworkError") return localizer.t("networkError");
  if (failure?.name === "CommunityApiError") {
    if (failure.code === "community_not_found") return localizer.t("communityNotFound", community);
    if (failure.code === "invalid_response") return localizer.t("invalidResponse");
    if ((failure.status ?? 0) >= 500) return localizer.t("serverError", failure.status!);
    return failure.message;
  }
  return localizer.t("unexpectedError");
}
