import { type Event, type EventLocation, instantOfWallTime } from "@community-kit/schema";
import { type DaySpan, type PlainDate, addDays, compareStartAndTitle, isPlainDate, startOfZonedDay, zonedDay } from "@community-kit/ui/calendar";

/** An event as the calendar places it: its instants and the days it covers in the calendar's zone. */
export interface CalendarEvent extends DaySpan {
  id: string;
  title: string;
  start: Date;
  /** exclusive */
  end: Date;
  category?: string;
  location?: EventLocation;
  description?: string;
  organizer?: string;
  audience?: Event["audience"];
  capacity?: number;
  registeredCount?: number;
  url?: string;
  /** Whether and how residents can register online (from the API only). */
  registration?: Event["registration"];
  /** Called off by the community: still shown, struck through. */
  cancelled?: boolean;
  /** lower-cased title and place, what the search box matches */
  searchText: string;
}

/** What a page may hand to the `events` property. */
export interface EventInput {
  id: string | number;
  title: string;
  /** ISO 8601 (with an offset, or a wall time read in the calendar's zone, or a day for all-day) or a Date */
  start: string | Date;
  end?: string | Date;
  allDay?: boolean;
  category?: string;
  location?: string | EventLocation;
  description?: string;
  organizer?: string;
  capacity?: number;
  registeredCount?: number;
  url?: string;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DEFAULT_TIMED_MINUTES = 60;

/** An instant from a Date or ISO text; a wall time without offset is read in `timeZone`. */
function instantOf(value: unknown, timeZone: string): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== "string") return undefined;
  const wall = WALL_TIME.exec(value);
  if (wall) {
    const [, year, month, day, hour, minute, second] = wall.map(Number) as number[];
    return instantOfWallTime({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second || 0 }, timeZone);
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** Completes `base` (a fresh object, given up to it) with its days in `timeZone`; no copy, as pages hand over thousands. */
function withDays(
  base: Omit<CalendarEvent, "startDay" | "lastDay" | "startTime" | "searchText">,
  timeZone: string,
  days?: { startDay: PlainDate; lastDay: PlainDate },
): CalendarEvent {
  const event = base as CalendarEvent;
  const startDay = days?.startDay ?? zonedDay(base.start, timeZone);
  // The end is exclusive: an event ending at midnight does not touch the next day.
  const lastDay = days?.lastDay ?? (base.end > base.start ? zonedDay(new Date(base.end.getTime() - 1), timeZone) : startDay);
  event.startDay = startDay;
  event.lastDay = lastDay < startDay ? startDay : lastDay;
  event.startTime = base.start.getTime();
  event.searchText = `${base.title}\n${base.location?.name ?? ""}`.toLowerCase();
  return event;
}

export function calendarEventsFromApi(events: readonly Event[], timeZone: string): CalendarEvent[] {
  return events.map((event) =>
    withDays(
      {
        id: event.id,
        title: event.title,
        start: new Date(event.start),
        end: new Date(event.end),
        allDay: event.allDay,
        category: event.category,
        location: event.location,
        description: event.description,
        organizer: event.organizer,
        audience: event.audience,
        capacity: event.capacity,
        registeredCount: event.registeredCount,
        url: webUrl(event.url),
        registration: event.registration,
        cancelled: event.status === "cancelled",
      },
      timeZone,
    ),
  );
}

function optionalText(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value : undefined;
}

/** A link to follow: only a web address, never javascript: or data: from a feed or a page's data. */
function webUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}

function optionalCount(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function locationOf(value: unknown): EventLocation | undefined {
  if (typeof value === "string") return value.trim() ? { name: value } : undefined;
  if (!value || typeof value !== "object") return undefined;
  const { name, address, lat, lng } = value as Record<string, unknown>;
  if (typeof name !== "string" || !name.trim()) return undefined;
  const location: EventLocation = { name };
  if (typeof address === "string") location.address = address;
  if (typeof lat === "number" && Math.abs(lat) <= 90 && typeof lng === "number" && Math.abs(lng) <= 180) {
    location.lat = lat;
    location.lng = lng;
  }
  return location;
}

/** One entry of the `events` property, or undefined when it cannot be placed. */
function fromInput(input: unknown, timeZone: string): CalendarEvent | undefined {
  if (!input || typeof input !== "object") return undefined;
  const entry = input as Partial<Record<keyof EventInput, unknown>>;
  const id = typeof entry.id === "number" ? String(entry.id) : optionalText(entry.id);
  const title = optionalText(entry.title);
  if (!id || !title) return undefined;

  // A bare day (2026-06-19) is an all-day event on that day of the calendar, whatever its zone.
  let start: Date | undefined;
  let end: Date | undefined;
  let allDay = true;
  let days: { startDay: PlainDate; lastDay: PlainDate } | undefined;
  if (typeof entry.start === "string" && isPlainDate(entry.start)) {
    const startDay = entry.start;
    const endDay = typeof entry.end === "string" && isPlainDate(entry.end) && entry.end > startDay ? entry.end : addDays(startDay, 1);
    start = startOfZonedDay(startDay, timeZone);
    end = startOfZonedDay(endDay, timeZone);
    days = { startDay, lastDay: addDays(endDay, -1) };
  } else {
    start = instantOf(entry.start, timeZone);
    if (!start) return undefined;
    allDay = entry.allDay === true;
    end = entry.end === undefined ? undefined : instantOf(entry.end, timeZone);
    if (entry.end !== undefined && !end) return undefined;
    end ??= new Date(start.getTime() + (allDay ? 86400000 : DEFAULT_TIMED_MINUTES * 60000));
    if (end < start) return undefined;
  }

  return withDays(
    {
      id,
      title,
      start,
      end,
      allDay,
      category: optionalText(entry.category),
      location: locationOf(entry.location),
      description: optionalText(entry.description),
      organizer: optionalText(entry.organizer),
      capacity: optionalCount(entry.capacity),
      registeredCount: optionalCount(entry.registeredCount),
      url: webUrl(entry.url),
    },
    timeZone,
    days,
  );
}

/** The placeable entries of the `events` property, in start order, and how many were not. */
export function calendarEventsFromInput(inputs: unknown, timeZone: string): { events: CalendarEvent[]; invalid: number } {
  if (!Array.isArray(inputs)) return { events: [], invalid: inputs == null ? 0 : 1 };
  const events: CalendarEvent[] = [];
  let invalid = 0;
  for (const input of inputs) {
    const event = fromInput(input, timeZone);
    if (event) events.push(event);
    else invalid++;
  }
  // By start, then title: the order the month lays each week out in, so that sorting a week finds it done.
  events.sort(compareStartAndTitle);
  return { events, invalid };
}

/** Events touching the days from `first` to `end` (exclusive). */
export function eventsBetween(events: readonly CalendarEvent[], first: PlainDate, end: PlainDate): CalendarEvent[] {
  return events.filter((event) => event.lastDay >= first && event.startDay < end);
}
