// The Community Kit widgets as React components, made by @lit/react from the
// elements themselves: every attribute and property is a prop (typed from the
// element), each ck-* event an on… prop. Importing one defines its element.
export { CommunityEvents } from "./community-events.js";
export { CommunityRoomBooking } from "./community-room-booking.js";
export { CommunityVolunteerSignup } from "./community-volunteer-signup.js";
export { CommunityPartnerMap } from "./community-partner-map.js";
export { CommunityProvider } from "./community-provider.js";
