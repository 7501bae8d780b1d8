export { CommunityRoomBooking } from "./community-room-booking.js";
export type { BookingCancelledDetail, BookingCreatedDetail, ResourceSelectDetail } from "./ck-events.js";
export { openingHoursText } from "./opening-hours.js";
