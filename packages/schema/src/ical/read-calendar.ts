import { isWithinYears } from "../years.js";
import { instantOfWallTime, isKnownTimeZone, startOfDayIn } from "../zoned-time.js";
import { BIDI_CONTROL, CONTROL } from "../text-characters.js";
import { calendarBlocks } from "./calendar-blocks.js";
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
  /** The category as people read it: CATEGORIES' first, else the id. */
  category?: string;
  /** The category's id, where Community Kit wrote the feed (X-COMMUNITY-KIT-CATEGORY). */
  categoryId?: string;
  organizer?: string;
  url?: string;
  capacity?: number;
  maxPartySize?: number;
  recurrence?: Recurrence;
  /** STATUS:CANCELLED: called off, and shown as such. */
  status?: "cancelled";
}

/** Something in the feed that was not taken as it stood, and what was done instead. */
export interface CalendarProblem {
  uid?: string;
  /** The line of the file it is on, 1-based. */
  line?: number;
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
    return instantOfWallTime(
      { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second },
      this.zoneName(tzid),
    );
  }
}

function locationOf(event: ICAL.Component): CalendarDraft["location"] {
  const text = oneLine(String(event.getFirstPropertyValue("location") ?? ""));
  const split = /^(.+?)[,，]\s*(.+)$/.exec(text);
  const location: CalendarDraft["location"] = split ? { name: split[1]!, address: split[2]! } : { name: text || "—" };
  const geo = event.getFirstPropertyValue("geo") as number[] | null;
  if (Array.isArray(geo) && geo.length === 2 && geo.every(Number.isFinite)) [location.lat, location.lng] = geo as [number, number];
  return location;
}

const textOf = (component: ICAL.Component, name: string) => {
  const value = component.getFirstPropertyValue(name);
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

export interface CalendarRead {
  /** X-WR-CALNAME, what calendar apps title the feed */
  name?: string;
  /** The zone floating times are read in: X-WR-TIMEZONE when it is a zone this runtime knows, else `fallbackZone`. */
  timezone: string;
  events: CalendarDraft[];
  problems: CalendarProblem[];
}

export interface ReadOptions {
  /** The title of an event that has none (SUMMARY is optional in iCalendar), in the community's language. */
  untitled?: string;
}

/** FNV-1a, twice over: a short, stable name for text, the same in every runtime. */
export function hashOf(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let index = 0; index < text.length; index++) {
    first = Math.imul(first ^ text.charCodeAt(index), 0x01000193);
    second = Math.imul(second ^ text.charCodeAt(index), 0x811c9dc5);
  }
  return (first >>> 0).toString(36) + (second >>> 0).toString(36);
}

/** One line of text: line breaks, tabs and control characters become spaces, bidi overrides go. */
const BIDI_CONTROLS = new RegExp(`[${BIDI_CONTROL}]`, "g");
const CONTROLS = new RegExp(`[${CONTROL}]+`, "g");
const oneLine = (value: string) => value.replace(BIDI_CONTROLS, "").replace(CONTROLS, " ").replace(/ {2,}/g, " ").trim();

/** ical.js's own text of one component of the file, read as a calendar of its own. */
function parseBlock(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${text}\r\nEND:VCALENDAR`));
}

const uidIn = (text: string) => /^UID[^:]*:(.*)$/im.exec(text)?.[1]?.trim() || undefined;

/**
 * Reads the VEVENTs of an iCalendar feed. Recurring events keep their RRULE
 * and EXDATEs; extra dates (RDATE) and changed occurrences (RECURRENCE-ID)
 * become events of their own, so that nothing in the feed is lost. An event
 * that cannot be read is left out and listed with its line and why; only a
 * file with no calendar in it at all is refused.
 */
export function readCalendar(source: string, fallbackZone: string, options: ReadOptions = {}): CalendarRead {
  const problems: CalendarProblem[] = [];
  let text = source.replace(/^\uFEFF/, "");
  if (text.includes("\u0000")) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is removed here
    text = text.replace(/\u0000/g, "");
    problems.push({ message: "Removed NUL characters, which are no text" });
  }
  const blocks = calendarBlocks(text);
  if (!blocks.wrapped && !blocks.events.length) throw new UnreadableCalendar("Not an iCalendar file: it has no VCALENDAR");
  if (!blocks.wrapped) problems.push({ message: "The events are not inside a VCALENDAR; read them anyway" });
  if (blocks.unterminated) problems.push({ message: "The file ends before END:VCALENDAR: it may have been cut off" });
  for (const line of blocks.strayLines) problems.push({ line, message: `Skipped line ${line}: not an iCalendar property` });

  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(blocks.calendarText));
  } catch (error) {
    throw new UnreadableCalendar(`Not an iCalendar file: ${(error as Error).message}`);
  }
  for (const block of blocks.timezones) {
    try {
      calendar.addSubcomponent(parseBlock(block.text).getFirstSubcomponent("vtimezone")!);
    } catch (error) {
      problems.push({ line: block.line, message: `Skipped the VTIMEZONE at line ${block.line}: ${(error as Error).message}` });
    }
  }
  const declaredZone = textOf(calendar, "x-wr-timezone");
  const timezone = isIanaZone(declaredZone) ? declaredZone : fallbackZone;
  const times = new TimeReader(calendar, timezone);
  const events: CalendarDraft[] = [];
  const changedOccurrences = new Map<string, string[]>();
  const derivedUids = new Set<string>();
  const extraDates = new Set<CalendarDraft>();

  for (const block of blocks.events) {
    const leftOut = (why: string, uid = uidIn(block.text)) =>
      problems.push({ uid, line: block.line, message: `Left out the event at line ${block.line}: ${why}` });
    if (block.broken) {
      leftOut(block.broken);
      continue;
    }
    let component: ICAL.Component;
    try {
      component = parseBlock(block.text).getFirstSubcomponent("vevent")!;
    } catch (error) {
      leftOut((error as Error).message);
      continue;
    }
    // What was made up for an event (a UID, a title) is told only if the event is taken.
    const notes: CalendarProblem[] = [];
    try {
      readEvent(component, block.line, notes);
      problems.push(...notes);
    } catch (error) {
      leftOut((error as Error).message);
    }
  }

  function readEvent(component: ICAL.Component, line: number, notes: CalendarProblem[]): void {
    const start = component.getFirstPropertyValue("dtstart") as ICAL.Time | null;
    if (!start) throw new Error("it has no DTSTART");
    const summary = textOf(component, "summary");
    let uid = textOf(component, "uid");
    if (!uid) {
      // Older exporters write none: named by what the event itself says, so that the same file imported again updates it.
      const own = ["dtstart", "summary", "location", "description", "rrule", "recurrence-id"].map(
        (name) => component.getFirstProperty(name)?.toICALString() ?? "",
      );
      uid = `derived-${hashOf(own.join("\n"))}`;
      for (let copy = 2; derivedUids.has(uid); copy++) uid = `${uid.replace(/-\d+$/, "")}-${copy}`;
      derivedUids.add(uid);
      notes.push({ uid, line, message: `The event at line ${line} has no UID: named ${uid} from what it says` });
    }
    const title = oneLine(summary ?? "") || (options.untitled ?? "Untitled event");
    if (!summary) notes.push({ uid, line, message: `The event at line ${line} has no SUMMARY: titled "${title}"` });
    const tzid = component.getFirstProperty("dtstart")!.getParameter("tzid") as string | undefined;
    const wrapped = new ICAL.Event(component);
    const allDay = start.isDate;
    const timezone = times.zoneName(tzid);
    const startInstant = times.instant(start, tzid);
    const endTime = wrapped.endDate;
    const endTzid = (component.getFirstProperty("dtend")?.getParameter("tzid") as string | undefined) ?? tzid;
    let end = endTime ? times.instant(endTime, endTzid) : new Date(startInstant.getTime() + (allDay ? 86_400_000 : 3_600_000));
    if (end <= startInstant) end = new Date(startInstant.getTime() + (allDay ? 86_400_000 : 3_600_000));
    if (!isWithinYears(startInstant) || !isWithinYears(end)) throw new Error("its dates fall outside the years 0001 to 9999");

    const draft: CalendarDraft = {
      uid,
      title: title.slice(0, 200),
      description: (textOf(component, "description") ?? "").slice(0, 20000),
      start: startInstant,
      end,
      allDay,
      timezone,
      location: locationOf(component),
    };
    if (title.length > 200) notes.push({ uid, line, message: `Shortened the SUMMARY at line ${line}, longer than 200 characters` });
    if (String(component.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED") draft.status = "cancelled";
    const categoryId = textOf(component, X.category);
    const category = (component.getFirstProperty("categories")?.getValues() as string[] | undefined)?.[0] ?? categoryId;
    if (category) draft.category = category;
    if (categoryId) draft.categoryId = categoryId;
    const organizer = textOf(component, X.organizer) ?? (component.getFirstProperty("organizer")?.getParameter("cn") as string | undefined);
    if (organizer) draft.organizer = oneLine(organizer);
    const url = textOf(component, "url");
    if (url && isUrl(url)) draft.url = url;
    const capacity = positiveInteger(textOf(component, X.capacity));
    if (capacity !== undefined) draft.capacity = capacity;
    const maxPartySize = positiveInteger(textOf(component, X.maxPartySize));
    if (maxPartySize !== undefined) draft.maxPartySize = Math.min(10, Math.max(1, maxPartySize));

    // A changed occurrence: its series leaves the date out, and it stands as an event of its own.
    const recurrenceIdTime = component.getFirstPropertyValue("recurrence-id") as ICAL.Time | null;
    if (recurrenceIdTime) {
      const recurrenceIdTzid = component.getFirstProperty("recurrence-id")!.getParameter("tzid") as string | undefined;
      const original = times.instant(recurrenceIdTime, recurrenceIdTzid);
      const excluded = changedOccurrences.get(uid) ?? [];
      changedOccurrences.set(uid, [...excluded, original.toISOString()]);
      events.push({ ...draft, uid: `${uid}/${original.toISOString()}` });
      return;
    }

    const rule = component.getFirstPropertyValue("rrule") as ICAL.Recur | null;
    const lunar = textOf(component, X.lunar);
    const exdates = component
      .getAllProperties("exdate")
      .flatMap((property) =>
        (property.getValues() as ICAL.Time[]).map((time) => times.instant(time, (property.getParameter("tzid") as string | undefined) ?? tzid)),
      )
      .map((instant) => recurrenceIdOf(instant, { allDay, timeZone: timezone }));
    if (lunar) draft.recurrence = { lunar };
    else if (rule) draft.recurrence = { rrule: rule.toString() };
    if (draft.recurrence && exdates.length) draft.recurrence.exdates = exdates;
    events.push(draft);

    // Extra dates a rule does not produce are events of their own; a lunar series computes its own.
    if (!lunar) {
      const duration = end.getTime() - startInstant.getTime();
      for (const property of component.getAllProperties("rdate")) {
        const rdateTzid = (property.getParameter("tzid") as string | undefined) ?? tzid;
        for (const value of property.getValues() as Array<ICAL.Time | ICAL.Period>) {
          // A PERIOD carries its own end (or duration); a date or date-time takes the event's length.
          const extra = times.instant(value instanceof ICAL.Period ? value.start : value, rdateTzid);
          const extraEnd = value instanceof ICAL.Period ? times.instant(value.getEnd(), rdateTzid) : new Date(extra.getTime() + duration);
          const extraDraft = {
            ...draft,
            recurrence: undefined,
            uid: `${uid}/${extra.toISOString()}`,
            start: extra,
            end: extraEnd > extra ? extraEnd : new Date(extra.getTime() + duration),
          };
          extraDates.add(extraDraft);
          events.push(extraDraft);
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
  // An extra date changed by a RECURRENCE-ID of its own (Zimbra writes both) is that change.
  const changed = new Set(events.filter((event) => !extraDates.has(event)).map((event) => event.uid));
  const taken = events.filter((event) => !(extraDates.has(event) && changed.has(event.uid)));
  return { name: textOf(calendar, "x-wr-calname"), timezone, events: taken, problems };
}
