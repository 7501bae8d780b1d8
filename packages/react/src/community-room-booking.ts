import "@community-kit/rooms/define";
import {
  type BookingCancelledDetail,
  type BookingCreatedDetail,
  CommunityRoomBooking as CommunityRoomBookingElement,
  type ResourceSelectDetail,
} from "@community-kit/rooms";
import { type EventName, createComponent } from "@lit/react";
import * as React from "react";

/** `<community-room-booking>`. */
export const CommunityRoomBooking = createComponent({
  tagName: "community-room-booking",
  elementClass: CommunityRoomBookingElement,
  react: React,
  displayName: "CommunityRoomBooking",
  events: {
    onResourceSelect: "ck-resource-select" as EventName<CustomEvent<ResourceSelectDetail>>,
    onBookingCreated: "ck-booking-created" as EventName<CustomEvent<BookingCreatedDetail>>,
    onBookingCancelled: "ck-booking-cancelled" as EventName<CustomEvent<BookingCancelledDetail>>,
  },
});
