import { type Event, EventCreate, type FieldError, type ManagedEvent, fieldErrorsOf, instantOfWallTime, wallTimeOf } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import type { EventsMessages } from "../locales/events.js";
import { type RecurrenceChoice, choiceOf, ruleOf } from "./recurrence-builder.js";

export type EventField = "title" | "category" | "date" | "time" | "place" | "address" | "capacity" | "partySize" | "organizer" | "description" | "recurrence";
export const EVENT_FIELDS: readonly EventField[] = [
  "title",
  "category",
  "date",
  "time",
  "place",
  "address",
  "capacity",
  "partySize",
  "organizer",
  "description",
  "recurrence",
];

/** The event form as typed: strings as the fields hold them, so that nothing typed is changed or lost. */
export interface EventValues {
  title: string;
  category: string;
  date: string;
  allDay: boolean;
  startTime: string;
  endTime: string;
  place: string;
  address: string;
  capacity: string;
  registration: boolean;
  partySize: string;
  organizer: string;
  description: string;
  recurrence: RecurrenceChoice;
  /** A rule the builder cannot show (imported from another calendar): kept as it is. */
  keptRule?: ManagedEvent["recurrence"];
}

const pad = (value: number) => String(value).padStart(2, "0");

export function newEventValues(date: string, category: string): EventValues {
  return {
    title: "",
    category,
    date,
    allDay: false,
    startTime: "09:00",
    endTime: "10:00",
    place: "",
    address: "",
    capacity: "",
    registration: false,
    partySize: "1",
    organizer: "",
    description: "",
    recurrence: { repeat: { kind: "none" }, end: { kind: "never" }, exceptions: [] },
  };
}

/** An event's fields as the form shows them, in the event's own zone. */
export function eventValues(event: Event | ManagedEvent): EventValues {
  const start = wallTimeOf(new Date(event.start), event.timezone);
  const end = wallTimeOf(new Date(event.end), event.timezone);
  const rule = "recurrence" in event ? event.recurrence : undefined;
  const choice = choiceOf(rule);
  return {
    title: event.title,
    category: event.category,
    date: `${start.year}-${pad(start.month)}-${pad(start.day)}`,
    allDay: event.allDay,
    startTime: event.allDay ? "09:00" : `${pad(start.hour)}:${pad(start.minute)}`,
    endTime: event.allDay ? "10:00" : `${pad(end.hour)}:${pad(end.minute)}`,
    place: event.location.name,
    address: event.location.address ?? "",
    capacity: event.capacity === undefined ? "" : String(event.capacity),
    registration: event.registration !== undefined,
    partySize: String(event.registration?.maxPartySize ?? 1),
    organizer: event.organizer ?? "",
    description: event.description,
    recurrence: choice ?? { repeat: { kind: "none" }, end: { kind: "never" }, exceptions: [] },
    ...(choice ? {} : { keptRule: rule }),
  };
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const wall = (date: string, time = "00:00") => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  day: Number(date.slice(8, 10)),
  hour: Number(time.slice(0, 2)),
  minute: Number(time.slice(3, 5)),
});

/** Which form field a field error of the API names. */
function formFieldOf(apiField: string): EventField | undefined {
  const [head, tail] = apiField.split(".");
  if (head === "start" || head === "end") return "time";
  if (head === "location") return tail === "address" ? "address" : "place";
  if (head === "registration") return "partySize";
  if (head === "allDay" || head === "timezone") return "date";
  return (EVENT_FIELDS as readonly string[]).includes(head!) ? (head as EventField) : undefined;
}

function messageFor(field: EventField, code: string, t: Localizer<EventsMessages>): string {
  switch (field) {
    case "title":
      return code === "too_big" ? t.t("titleLong") : t.t("titleMissing");
    case "category":
      return t.t("categoryMissing");
    case "date":
      return t.t("dateMissing");
    case "time":
      return t.t("timeMissing");
    case "place":
      return code === "too_big" ? t.t("textTooLong") : t.t("placeMissing");
    case "capacity":
      return t.t("capacityInvalid");
    case "partySize":
      return t.t("partySizeInvalid");
    case "recurrence":
      return t.t("repeatInvalid");
    default:
      return t.t("textTooLong");
  }
}

/** The API's field errors as the form's messages, each beside its field. */
export function eventFieldMessages(errors: readonly FieldError[], t: Localizer<EventsMessages>): Partial<Record<EventField, string>> {
  const messages: Partial<Record<EventField, string>> = {};
  for (const error of errors) {
    const field = formFieldOf(error.field);
    if (field && !messages[field]) messages[field] = messageFor(field, error.code, t);
  }
  return messages;
}

/**
 * The form checked with the API's own schema, as the body to send; `withRecurrence` is false
 * when one occurrence of a series is edited (it keeps its series' rule).
 */
export function validateEvent(values: EventValues, timeZone: string, t: Localizer<EventsMessages>, withRecurrence = true) {
  const errors: Partial<Record<EventField, string>> = {};
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(values.date);
  if (!validDate) errors.date = t.t("dateMissing");
  const validTimes = values.allDay || (/^\d{2}:\d{2}$/.test(values.startTime) && /^\d{2}:\d{2}$/.test(values.endTime));
  if (!validTimes) errors.time = t.t("timeMissing");
  else if (!values.allDay && values.endTime <= values.startTime) errors.time = t.t("endBeforeStart");
  const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);
  const capacity = values.capacity.trim() ? whole(values.capacity) : null;
  const start = validDate ? instantOfWallTime(wall(values.date, values.allDay ? "00:00" : values.startTime), timeZone) : new Date(Number.NaN);
  const end = validDate
    ? values.allDay
      ? instantOfWallTime(wall(nextDay(values.date)), timeZone)
      : instantOfWallTime(wall(values.date, values.endTime), timeZone)
    : start;
  const recurrence = values.keptRule ?? ruleOf(values.recurrence, values.date, values.startTime, values.allDay);
  const body = {
    title: values.title.trim(),
    category: values.category,
    start: Number.isNaN(start.getTime()) ? "" : start.toISOString(),
    end: Number.isNaN(end.getTime()) ? "" : end.toISOString(),
    allDay: values.allDay,
    timezone: timeZone,
    location: { name: values.place.trim(), ...(values.address.trim() ? { address: values.address.trim() } : {}) },
    capacity,
    organizer: values.organizer.trim() || null,
    description: values.description,
    registration: values.registration ? { open: true, maxPartySize: whole(values.partySize) } : { open: false },
    ...(withRecurrence ? { recurrence } : {}),
  };
  const parsed = EventCreate.safeParse(body);
  for (const [field, message] of Object.entries(eventFieldMessages(parsed.success ? [] : fieldErrorsOf(parsed.error.issues), t))) {
    errors[field as EventField] ??= message;
  }
  return { errors, request: parsed.success && !Object.keys(errors).length ? parsed.data : undefined };
}
