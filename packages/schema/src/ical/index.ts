/**
 * iCalendar and recurrence, shared by the server and the widgets: loaded only
 * where feeds are read or rules expanded, as it brings ical.js.
 */
export * from "./read-calendar.js";
export * from "./recurrence.js";
export { X } from "./x-properties.js";
