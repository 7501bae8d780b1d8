export { CommunityEvents, type EventClickDetail, type RangeChangeDetail, type RegisterDetail, type RegistrationCancelledDetail } from "./community-events.js";
export type { CalendarEvent, EventInput } from "./calendar-event.js";
export { eventToIcs } from "./ics.js";
