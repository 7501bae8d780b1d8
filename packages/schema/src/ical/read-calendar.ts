import { instantOfWallTime, isKnownTimeZone, startOfDayIn } from "../zoned-time.js";
import ICAL from "ical.js";
import { type Recurrence, recurrenceIdOf } from "./recurrence.js";
import { X } from "./x-properties.js";

/** An event read from a feed, before it is stored. */
export interface CalendarDraft {
  uid: string;
  title: string;
  description: string;
  start: Date;
  end: Date;
  allDay: boolean;
  timezone: string;
  location: { name: string; address?: string; lat?: number; lng?: number };
  category?: string;
  organizer?: string;
  url?: string;
  capacity?: number;
  maxPartySize?: number;
  recurrence?: Recurrence;
}

/** Something in the feed that was not taken as it stood, and what was done instead. */
export interface CalendarProblem {
  uid?: string;
  message: string;
}

/** The feed could not be read at all; nothing was imported. */
export class UnreadableCalendar extends Error {}

function isIanaZone(name: string | undefined): name is string {
  return name !== undefined && isKnownTimeZone(name);
}

const dateOf = (time: ICAL.Time) => `${time.year}-${String(time.month).padStart(2, "0")}-${String(time.day).padStart(2, "0")}`;

/** Reads times as the feed means them: UTC, an IANA zone, a zone the feed defines (Outlook's "China Standard Time"), or floating. */
class TimeReader {
  readonly zones = new Map<string, ICAL.Timezone>();

  constructor(
    calendar: ICAL.Component,
    private readonly fallbackZone: string,
  ) {
    for (const component of calendar.getAllSubcomponents("vtimezone")) {
      const zone = new ICAL.Timezone(component);
      this.zones.set(zone.tzid, zone);
    }
  }

  /** The IANA zone for a TZID: itself, the VTIMEZONE's X-LIC-LOCATION, or the community's. */
  zoneName(tzid: string | undefined): string {
    if (isIanaZone(tzid)) return tzid;
    const location = tzid ? this.zones.get(tzid)?.component.getFirstPropertyValue("x-lic-location") : undefined;
    return isIanaZone(location as string | undefined) ? (location as string) : this.fallbackZone;
  }

  instant(time: ICAL.Time, tzid: string | undefined): Date {
    if (time.isDate) return startOfDayIn(dateOf(time), this.zoneName(tzid));
    if (time.zone === ICAL.Timezone.utcTimezone) return time.toJSDate();
    if (!isIanaZone(tzid) && tzid && this.zones.has(tzid)) {
      const zoned = time.clone();
      zoned.zone = this.zones.get(tzid)!;
      return zoned.toJSDate();
    }
    return instantOfWallTime({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second }, this.zoneName(tzid));
  }
}

function locationOf(event: ICAL.Component): CalendarDraft["location"] {
  const text = String(event.getFirstPropertyValue("location") ?? "").trim();
  const split = /^(.+?)[,，]\s*(.+)$/.exec(text);
  const location: CalendarDraft["location"] = split ? { name: split[1]!, address: split[2]! } : { name: text || "—" };
  const geo = event.getFirstPropertyValue("geo") as number[] | null;
  if (Array.isArray(geo) && geo.length === 2 && geo.every(Number.isFinite)) [location.lat, location.lng] = geo as [number, number];
  return location;
}

const text = (event: ICAL.Component, name: string) => {
  const value = event.getFirstPropertyValue(name);
  return value === null || value === undefined ? undefined : String(value).trim() || undefined;
};

/** A web address: a feed's javascript: or data: URL is never kept. */
function isUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const positiveInteger = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

/**
 * Reads the VEVENTs of an iCalendar feed. Recurring events keep their RRULE
 * and EXDATEs; extra dates (RDATE) and changed occurrences (RECURRENCE-ID)
 * become events of their own, so that nothing in the feed is lost.
 */
export interface CalendarRead {
  /** X-WR-CALNAME, what calendar apps title the feed */
  name?: string;
  /** The zone floating times are read in: X-WR-TIMEZONE when it is a zone this runtime knows, else `fallbackZone`. */
  timezone: string;
  events: CalendarDraft[];
  problems: CalendarProblem[];
}

export function readCalendar(source: string, fallbackZone: string): CalendarRead {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(source));
  } catch (error) {
    throw new UnreadableCalendar(`Not an iCalendar file: ${(error as Error).message}`);
  }
  if (calendar.name !== "vcalendar") throw new UnreadableCalendar("Not an iCalendar file: it has no VCALENDAR");
  const declaredZone = text(calendar, "x-wr-timezone");
  const timezone = isIanaZone(declaredZone) ? declaredZone : fallbackZone;
  const times = new TimeReader(calendar, timezone);
  const events: CalendarDraft[] = [];
  const problems: CalendarProblem[] = [];
  const changedOccurrences = new Map<string, string[]>();

  for (const component of calendar.getAllSubcomponents("vevent")) {
    const uid = text(component, "uid");
    const title = text(component, "summary");
    const start = component.getFirstPropertyValue("dtstart") as ICAL.Time | null;
    if (!uid || !title || !start) {
      problems.push({ uid, message: `Left out an event without ${!uid ? "UID" : !title ? "SUMMARY" : "DTSTART"}` });
      continue;
    }
    const tzid = component.getFirstProperty("dtstart")!.getParameter("tzid") as string | undefined;
    const wrapped = new ICAL.Event(component);
    const allDay = start.isDate;
    const timezone = times.zoneName(tzid);
    const startInstant = times.instant(start, tzid);
    const endTime = wrapped.endDate;
    const endTzid = (component.getFirstProperty("dtend")?.getParameter("tzid") as string | undefined) ?? tzid;
    let end = endTime ? times.instant(endTime, endTzid) : new Date(startInstant.getTime() + (allDay ? 86_400_000 : 3_600_000));
    if (end <= startInstant) end = new Date(startInstant.getTime() + (allDay ? 86_400_000 : 3_600_000));

    const draft: CalendarDraft = {
      uid,
      title: title.slice(0, 200),
      description: (text(component, "description") ?? "").slice(0, 20000),
      start: startInstant,
      end,
      allDay,
      timezone,
      location: locationOf(component),
    };
    if (title.length > 200) problems.push({ uid, message: "Shortened a SUMMARY longer than 200 characters" });
    const categories = component.getFirstProperty("categories")?.getValues() as string[] | undefined;
    const category = text(component, X.category) ?? categories?.[0];
    if (category) draft.category = category;
    const organizer = text(component, X.organizer) ?? (component.getFirstProperty("organizer")?.getParameter("cn") as string | undefined);
    if (organizer) draft.organizer = organizer;
    const url = text(component, "url");
    if (url && isUrl(url)) draft.url = url;
    const capacity = positiveInteger(text(component, X.capacity));
    if (capacity !== undefined) draft.capacity = capacity;
    const maxPartySize = positiveInteger(text(component, X.maxPartySize));
    if (maxPartySize !== undefined) draft.maxPartySize = Math.min(10, Math.max(1, maxPartySize));

    // A changed occurrence: its series leaves the date out, and it stands as an event of its own.
    const recurrenceIdTime = component.getFirstPropertyValue("recurrence-id") as ICAL.Time | null;
    if (recurrenceIdTime) {
      const recurrenceIdTzid = component.getFirstProperty("recurrence-id")!.getParameter("tzid") as string | undefined;
      const original = times.instant(recurrenceIdTime, recurrenceIdTzid);
      const excluded = changedOccurrences.get(uid) ?? [];
      changedOccurrences.set(uid, [...excluded, original.toISOString()]);
      events.push({ ...draft, uid: `${uid}/${original.toISOString()}` });
      continue;
    }

    const rule = component.getFirstPropertyValue("rrule") as ICAL.Recur | null;
    const lunar = text(component, X.lunar);
    const exdates = component
      .getAllProperties("exdate")
      .flatMap((property) => (property.getValues() as ICAL.Time[]).map((time) => times.instant(time, (property.getParameter("tzid") as string | undefined) ?? tzid)))
      .map((instant) => recurrenceIdOf(instant, { allDay, timeZone: timezone }));
    if (lunar) draft.recurrence = { lunar };
    else if (rule) draft.recurrence = { rrule: rule.toString() };
    if (draft.recurrence && exdates.length) draft.recurrence.exdates = exdates;
    events.push(draft);

    // Extra dates a rule does not produce are events of their own; a lunar series computes its own.
    if (!lunar) {
      const duration = end.getTime() - startInstant.getTime();
      for (const property of component.getAllProperties("rdate")) {
        for (const value of property.getValues() as Array<ICAL.Time | ICAL.Period>) {
          const time = value instanceof ICAL.Period ? value.start : value;
          const extra = times.instant(time, (property.getParameter("tzid") as string | undefined) ?? tzid);
          events.push({ ...draft, recurrence: undefined, uid: `${uid}/${extra.toISOString()}`, start: extra, end: new Date(extra.getTime() + duration) });
        }
      }
    }
  }

  for (const [uid, instants] of changedOccurrences) {
    const series = events.find((event) => event.uid === uid && event.recurrence);
    if (!series) continue;
    const ids = instants.map((instant) => recurrenceIdOf(new Date(instant), { allDay: series.allDay, timeZone: series.timezone }));
    series.recurrence = { ...series.recurrence, exdates: [...(series.recurrence!.exdates ?? []), ...ids] };
  }
  return { name: text(calendar, "x-wr-calname"), timezone, events, problems };
}
