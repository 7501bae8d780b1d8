export {
  CommunityEvents,
  type EventSelectDetail,
  type RangeChangeDetail,
  type RegistrationCreatedDetail,
  type RegistrationCancelledDetail,
} from "./community-events.js";
export type { CalendarEvent, EventInput } from "./calendar-event.js";
export { eventToIcs } from "./ics.js";
