import type { Opportunity, Shift } from "@community-kit/schema";
import ICAL from "ical.js";
import { calendarFrame, timeValue } from "./write-calendar.js";

/** When the volunteer's calendar reminds them: the day before, and two hours before. */
const REMINDERS = ["-P1D", "-PT2H"];

/**
 * One shift as an iCalendar file for the volunteer's own calendar, with its
 * place and two reminders. The same UID each time, so that downloading it
 * again updates the entry instead of adding a second.
 */
export function writeShiftCalendar(community: { id: string; name: string; timezone: string }, opportunity: Opportunity, shift: Shift, now: Date): string {
  const calendar = calendarFrame(community, [community.timezone]);
  const event = new ICAL.Component("vevent");
  event.addPropertyWithValue("uid", `shift-${shift.id}@${community.id}.community-kit`);
  event.addPropertyWithValue("dtstamp", ICAL.Time.fromJSDate(now, true));
  for (const [name, instant] of [
    ["dtstart", shift.start],
    ["dtend", shift.end],
  ] as const) {
    event.addPropertyWithValue(name, timeValue(new Date(instant), false, community.timezone)).setParameter("tzid", community.timezone);
  }
  const title = `${opportunity.title} · ${opportunity.team.name}`;
  event.addPropertyWithValue("summary", title);
  if (opportunity.description) event.addPropertyWithValue("description", opportunity.description);
  const place = shift.location ?? opportunity.location;
  event.addPropertyWithValue("location", place.address ? `${place.name}, ${place.address}` : place.name);
  if (place.lat !== undefined && place.lng !== undefined) event.addPropertyWithValue("geo", [place.lat, place.lng]);
  event.addPropertyWithValue("status", "CONFIRMED");
  for (const trigger of REMINDERS) {
    const alarm = new ICAL.Component("valarm");
    alarm.addPropertyWithValue("action", "DISPLAY");
    alarm.addPropertyWithValue("description", title);
    alarm.addPropertyWithValue("trigger", ICAL.Duration.fromString(trigger));
    event.addSubcomponent(alarm);
  }
  calendar.addSubcomponent(event);
  return calendar.toString();
}
