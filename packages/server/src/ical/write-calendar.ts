import { wallTimeOf } from "@community-kit/schema";
import ICAL from "ical.js";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { EventRow } from "../database/tables.js";
import { recurrenceOf, seriesTiming } from "../events/occurrences.js";
import { X, occurrencesBetween } from "@community-kit/schema/ical";

/** Lunar series are written as this many years of RDATEs: calendar apps cannot compute them. */
const LUNAR_YEARS_AHEAD = 10;

export interface CalendarSource {
  community: { id: string; name: string; timezone: string };
  /** Single events and series; occurrences' own rows are left to their series. */
  events: EventRow[];
  /** Each category's name by its id: what calendar apps show as CATEGORIES. */
  categoryNames: ReadonlyMap<string, string>;
}

/** The UID an event is exported with: the one it was imported with, or one made of its id. */
export function uidOf(row: Pick<EventRow, "uid" | "id" | "community_id">): string {
  return row.uid ?? `${row.id}@${row.community_id}.community-kit`;
}

export function timeValue(instant: Date, allDay: boolean, timeZone: string): ICAL.Time {
  const wall = wallTimeOf(instant, timeZone);
  return ICAL.Time.fromData(allDay ? { year: wall.year, month: wall.month, day: wall.day, isDate: true } : { ...wall, isDate: false });
}

function addTime(event: ICAL.Component, name: string, instant: Date, row: EventRow): void {
  const property = event.addPropertyWithValue(name, timeValue(instant, row.all_day === 1, row.timezone));
  if (row.all_day !== 1) property.setParameter("tzid", row.timezone);
}

function recurrenceIdTime(recurrenceId: string): ICAL.Time {
  const [year, month, day] = recurrenceId.slice(0, 10).split("-").map(Number) as [number, number, number];
  if (recurrenceId.length === 10) return ICAL.Time.fromData({ year, month, day, isDate: true });
  const [hour, minute] = recurrenceId.slice(11).split(":").map(Number) as [number, number];
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false });
}

function vevent(row: EventRow, categoryNames: ReadonlyMap<string, string>, now: Date): ICAL.Component {
  const event = new ICAL.Component("vevent");
  event.addPropertyWithValue("uid", uidOf(row));
  event.addPropertyWithValue("dtstamp", ICAL.Time.fromJSDate(now, true));
  event.addPropertyWithValue("last-modified", ICAL.Time.fromJSDate(new Date(row.updated_at), true));
  addTime(event, "dtstart", new Date(row.start_at), row);
  addTime(event, "dtend", new Date(row.end_at), row);
  event.addPropertyWithValue("summary", row.title);
  if (row.description) event.addPropertyWithValue("description", row.description);
  event.addPropertyWithValue("location", row.location_address ? `${row.location_name}, ${row.location_address}` : row.location_name);
  if (row.location_lat !== null && row.location_lng !== null) event.addPropertyWithValue("geo", [row.location_lat, row.location_lng]);
  event.addPropertyWithValue("categories", categoryNames.get(row.category) ?? row.category);
  event.addPropertyWithValue(X.category, row.category);
  if (row.organizer) event.addPropertyWithValue(X.organizer, row.organizer);
  if (row.url) event.addPropertyWithValue("url", row.url);
  if (row.capacity !== null) event.addPropertyWithValue(X.capacity, String(row.capacity));
  if (row.registration_open) event.addPropertyWithValue(X.maxPartySize, String(row.max_party_size));
  event.addPropertyWithValue("status", "CONFIRMED");

  if (row.recurrence) {
    const recurrence = recurrenceOf(row);
    if (recurrence.rrule) event.addPropertyWithValue("rrule", ICAL.Recur.fromString(recurrence.rrule.replace(/^RRULE:/i, "")));
    if (recurrence.lunar) {
      event.addPropertyWithValue(X.lunar, recurrence.lunar);
      const until = new Date(Date.UTC(now.getUTCFullYear() + LUNAR_YEARS_AHEAD, 0, 1));
      for (const occurrence of occurrencesBetween(seriesTiming(row), recurrence, new Date(row.start_at), until, 1000).slice(1)) {
        addTime(event, "rdate", occurrence.start, row);
      }
    }
    for (const exdate of recurrence.exdates ?? []) {
      const property = event.addPropertyWithValue("exdate", recurrenceIdTime(exdate));
      if (row.all_day !== 1) property.setParameter("tzid", row.timezone);
    }
  }
  return event;
}

/** A VCALENDAR named for its community, with the VTIMEZONEs of `zones`: the frame of every file we write. */
export function calendarFrame(community: { name: string; timezone: string }, zones: Iterable<string>): ICAL.Component {
  const calendar = new ICAL.Component("vcalendar");
  calendar.addPropertyWithValue("prodid", "-//Community Kit//community-kit-server//EN");
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("method", "PUBLISH");
  calendar.addPropertyWithValue("x-wr-calname", community.name);
  calendar.addPropertyWithValue("x-wr-timezone", community.timezone);
  for (const zone of [...new Set(zones)].sort()) {
    const [block] = tzlib_get_ical_block(zone) as [string, string];
    if (block) calendar.addSubcomponent(new ICAL.Component(ICAL.parse(block)));
  }
  return calendar;
}

/** A subscribable iCalendar feed (RFC 5545) with the VTIMEZONEs its events use. */
export function writeCalendar(source: CalendarSource, now: Date): string {
  const calendar = calendarFrame(
    source.community,
    source.events.filter((row) => row.all_day !== 1).map((row) => row.timezone),
  );
  for (const row of source.events) calendar.addSubcomponent(vevent(row, source.categoryNames, now));
  return calendar.toString();
}
