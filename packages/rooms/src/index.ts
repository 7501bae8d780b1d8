export { type BookingCancelledDetail, type BookingCreatedDetail, CommunityRoomBooking, type ResourceSelectDetail } from "./community-room-booking.js";
export { openingHoursText } from "./opening-hours.js";
