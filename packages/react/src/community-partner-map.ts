import "@community-kit/partner-map/define";
import { CommunityPartnerMap as CommunityPartnerMapElement, type PartnerSelectDetail } from "@community-kit/partner-map";
import { type EventName, createComponent } from "@lit/react";
import * as React from "react";

/** `<community-partner-map>`; `partners` takes the data without a server. */
export const CommunityPartnerMap = createComponent({
  tagName: "community-partner-map",
  elementClass: CommunityPartnerMapElement,
  react: React,
  displayName: "CommunityPartnerMap",
  events: {
    onPartnerSelect: "ck-partner-select" as EventName<CustomEvent<PartnerSelectDetail>>,
  },
});
