import "@community-kit/events/define";
import {
  CommunityEvents as CommunityEventsElement,
  type EventClickDetail,
  type RangeChangeDetail,
  type RegisterDetail,
  type RegistrationCancelledDetail,
} from "@community-kit/events";
import { type EventName, createComponent } from "@lit/react";
import * as React from "react";

/** `<community-events>`: `onEventClick` can `preventDefault()` to show the site's own page instead of the dialog. */
export const CommunityEvents = createComponent({
  tagName: "community-events",
  elementClass: CommunityEventsElement,
  react: React,
  displayName: "CommunityEvents",
  events: {
    onEventClick: "ck-event-click" as EventName<CustomEvent<EventClickDetail>>,
    onRangeChange: "ck-range-change" as EventName<CustomEvent<RangeChangeDetail>>,
    onRegister: "ck-register" as EventName<CustomEvent<RegisterDetail>>,
    onRegistrationCancelled: "ck-registration-cancelled" as EventName<CustomEvent<RegistrationCancelledDetail>>,
  },
});
