export { CommunityEvents } from "./community-events.js";
export type { EventSelectDetail, RangeChangeDetail, RegistrationCreatedDetail, RegistrationCancelledDetail } from "./ck-events.js";
export type { CalendarEvent, EventInput } from "./calendar-event.js";
export { eventToIcs } from "./ics.js";
