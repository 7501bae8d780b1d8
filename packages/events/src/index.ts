export { CommunityEvents, type EventClickDetail, type RangeChangeDetail } from "./community-events.js";
export type { CalendarEvent, EventInput } from "./calendar-event.js";
export { eventToIcs } from "./ics.js";
