import "@community-kit/events/define";
import { CommunityEvents as CommunityEventsElement } from "@community-kit/events";
import { createComponent } from "@lit/react";
import * as React from "react";
import { kitEvent } from "./kit-event.js";

/** `<community-events>`: `onEventSelect` can `preventDefault()` to show the site's own page instead of the dialog. */
export const CommunityEvents = createComponent({
  tagName: "community-events",
  elementClass: CommunityEventsElement,
  react: React,
  displayName: "CommunityEvents",
  events: {
    onEventSelect: kitEvent("ck-event-select"),
    onRangeChange: kitEvent("ck-range-change"),
    onRegistrationCreated: kitEvent("ck-registration-created"),
    onRegistrationCancelled: kitEvent("ck-registration-cancelled"),
  },
});
