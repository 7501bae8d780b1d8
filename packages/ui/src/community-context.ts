import { createContext } from "@lit/context";

/** What a <community-provider> hands down to the widgets inside it. */
export interface CommunityConfig {
  api?: string;
  community?: string;
  locale?: string;
}

export const communityContext = createContext<CommunityConfig>(Symbol.for("community-kit/config"));
