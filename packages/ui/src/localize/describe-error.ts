import { CommunityApiError, CommunityNetworkError } from "@community-kit/sdk";
import type { CommonMessages } from "./common-messages.js";
import type { Localizer } from "./messages.js";

/** A resident-facing sentence for a failed load, in the widget's locale. */
export function describeLoadError(error: unknown, localizer: Localizer<CommonMessages>, community: string): string {
  if (error instanceof CommunityNetworkError) return localizer.t("networkError");
  if (error instanceof CommunityApiError) {
    if (error.code === "community_not_found") return localizer.t("communityNotFound", community);
    if (error.code === "invalid_response") return localizer.t("invalidResponse");
    if (error.status >= 500) return localizer.t("serverError", error.status);
    return error.message;
  }
  return localizer.t("unexpectedError");
}
