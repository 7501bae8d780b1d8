import type { Clock } from "@community-kit/schema";
import { createContext } from "@lit/context";

/** What a <community-provider> hands down to the widgets inside it. */
export interface CommunityConfig {
  api?: string;
  community?: string;
  locale?: string;
  clock?: Clock;
}

export const communityContext = createContext<CommunityConfig>(Symbol.for("community-kit/config"));
