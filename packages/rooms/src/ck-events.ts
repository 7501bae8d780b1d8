import type { BookingResult, ResourceKind } from "@community-kit/schema";

/** Detail of `ck-resource-select`. */
export interface ResourceSelectDetail {
  resourceId: string;
  kind: ResourceKind;
}

/** Detail of `ck-booking-created`: no personal data. */
export interface BookingCreatedDetail {
  bookingId: string;
  resourceId: string;
  status: BookingResult["status"];
  start: string;
  end: string;
}

/** Detail of `ck-booking-cancelled`. */
export interface BookingCancelledDetail {
  bookingId: string;
  resourceId: string;
}

declare global {
  /** The room booking's events, with their details: what `emit`, `addEventListener` and the React props are typed by. */
  interface GlobalEventHandlersEventMap {
    "ck-resource-select": CustomEvent<ResourceSelectDetail>;
    "ck-booking-created": CustomEvent<BookingCreatedDetail>;
    "ck-booking-cancelled": CustomEvent<BookingCancelledDetail>;
  }
}
