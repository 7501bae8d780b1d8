import { CommunityProvider as CommunityProviderElement, defineCommunityProvider } from "@community-kit/ui";
import { createComponent } from "@lit/react";
import * as React from "react";

defineCommunityProvider();

/** `<community-provider>`: the API, community and locale, said once for the widgets inside. */
export const CommunityProvider = createComponent({
  tagName: "community-provider",
  elementClass: CommunityProviderElement,
  react: React,
  displayName: "CommunityProvider",
});
