import "@community-kit/rooms/define";
import { CommunityRoomBooking as CommunityRoomBookingElement } from "@community-kit/rooms";
import { createComponent } from "@lit/react";
import * as React from "react";
import { kitEvent } from "./kit-event.js";

/** `<community-room-booking>`. */
export const CommunityRoomBooking = createComponent({
  tagName: "community-room-booking",
  elementClass: CommunityRoomBookingElement,
  react: React,
  displayName: "CommunityRoomBooking",
  events: {
    onResourceSelect: kitEvent("ck-resource-select"),
    onBookingCreated: kitEvent("ck-booking-created"),
    onBookingCancelled: kitEvent("ck-booking-cancelled"),
  },
});
