import "@community-kit/partner-map/define";
import { CommunityPartnerMap as CommunityPartnerMapElement } from "@community-kit/partner-map";
import { createComponent } from "@lit/react";
import * as React from "react";
import { kitEvent } from "./kit-event.js";

/** `<community-partner-map>`; `partners` takes the data without a server. */
export const CommunityPartnerMap = createComponent({
  tagName: "community-partner-map",
  elementClass: CommunityPartnerMapElement,
  react: React,
  displayName: "CommunityPartnerMap",
  events: {
    onPartnerSelect: kitEvent("ck-partner-select"),
  },
});
