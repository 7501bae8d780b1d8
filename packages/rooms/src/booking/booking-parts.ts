import { type Localizer, prepareOutbox } from "@community-kit/ui";
import type { BookingMessages } from "../locales/booking/index.js";
import { MyBookings, type MyBookingsHost } from "../my-bookings/my-bookings.js";
import { BookingFlow, type BookingFlowHost } from "./booking-flow.js";

export { bookingMessages } from "../locales/booking/index.js";
export { bookingForm } from "./booking-form-view.js";
export type { SavedBooking } from "../my-bookings/my-bookings.js";

/**
 * What books and remembers bookings: the form's checks (the API's zod
 * schemas) and the list kept on the device (IndexedDB). Loaded beside the
 * booking client, so that the cards need neither to show.
 */
export function bookingParts(host: BookingFlowHost & MyBookingsHost, t: Localizer<BookingMessages>) {
  // While the connection is there: a booking sent after it dropped can then wait on the device.
  prepareOutbox();
  return { flow: new BookingFlow(host, t), mine: new MyBookings(host, t) };
}
