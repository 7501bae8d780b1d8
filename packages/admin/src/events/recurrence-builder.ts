import { type RecurrenceRule, chineseDateOf } from "@community-kit/schema";

/** RFC 5545 weekday codes, Monday first as the Chinese week is. */
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Which of a weekday in the month: the first to the fourth, or the last (-1). */
export type Nth = 1 | 2 | 3 | 4 | -1;

/** How a series repeats, as staff say it; each kind becomes one RRULE, or the lunar date. */
export type Repeat =
  | { kind: "none" }
  | { kind: "daily"; interval: number }
  | { kind: "weekly"; interval: number; days: Weekday[] }
  | { kind: "monthly-day" }
  | { kind: "monthly-weekday"; nth: Nth; weekday: Weekday }
  | { kind: "yearly" }
  | { kind: "lunar"; month: number; day: number };

export type RepeatKind = Repeat["kind"];

/** Until when: for ever, to a day (inclusive), or a number of times. A lunar series runs on: its rule has no end. */
export type RepeatEnd = { kind: "never" } | { kind: "until"; date: string } | { kind: "count"; count: number };

export interface RecurrenceChoice {
  repeat: Repeat;
  end: RepeatEnd;
  /** Days left out (YYYY-MM-DD in the event's zone). */
  exceptions: string[];
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The weekday of a plain day. */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[(day + 6) % 7]!;
}

/** Which of its weekday in its month a day is: a fifth (the 29th to the 31st) is the month's last. */
export function nthOf(date: string): Nth {
  const nth = Math.ceil(Number(date.slice(8, 10)) / 7);
  return nth >= 5 ? -1 : (nth as Nth);
}

/** A repeat of `kind` that fits the first day: its weekday, which of it in the month, its lunar date. */
export function repeatOfKind(kind: RepeatKind, firstDay: string): Repeat {
  switch (kind) {
    case "none":
      return { kind };
    case "daily":
      return { kind, interval: 1 };
    case "weekly":
      return { kind, interval: 1, days: [weekdayOf(firstDay)] };
    case "monthly-day":
      return { kind };
    case "monthly-weekday":
      return { kind, nth: nthOf(firstDay), weekday: weekdayOf(firstDay) };
    case "yearly":
      return { kind };
    case "lunar": {
      const lunar = chineseDateOf(firstDay);
      return { kind, month: lunar.month, day: lunar.day };
    }
  }
}

/**
 * The rule the API stores for a choice. `allDay` decides UNTIL's form: a date for an all-day
 * series, else the end of that day (the server expands a series in its zone's wall time).
 * Exceptions become EXDATEs at the series' time of day.
 */
export function ruleOf(choice: RecurrenceChoice, firstDay: string, startTime: string, allDay: boolean): RecurrenceRule | null {
  const { repeat, end } = choice;
  if (repeat.kind === "none") return null;
  const exdates = choice.exceptions.length ? { exdates: choice.exceptions.map((day) => (allDay ? day : `${day}T${startTime}`)) } : {};
  if (repeat.kind === "lunar") return { lunar: `${pad(repeat.month)}-${pad(repeat.day)}`, ...exdates };
  const parts: string[] = [];
  switch (repeat.kind) {
    case "daily":
      parts.push("FREQ=DAILY");
      if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
      break;
    case "weekly":
      parts.push("FREQ=WEEKLY");
      if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
      parts.push(`BYDAY=${WEEKDAYS.filter((day) => repeat.days.includes(day)).join(",") || weekdayOf(firstDay)}`);
      break;
    case "monthly-day":
      parts.push("FREQ=MONTHLY", `BYMONTHDAY=${Number(firstDay.slice(8, 10))}`);
      break;
    case "monthly-weekday":
      parts.push("FREQ=MONTHLY", `BYDAY=${repeat.nth}${repeat.weekday}`);
      break;
    case "yearly":
      parts.push("FREQ=YEARLY");
      break;
  }
  if (end.kind === "until") parts.push(`UNTIL=${end.date.replaceAll("-", "")}${allDay ? "" : "T235959Z"}`);
  if (end.kind === "count") parts.push(`COUNT=${end.count}`);
  return { rrule: parts.join(";"), ...exdates };
}

/** The choice a stored rule reads as, or undefined for a rule the builder does not make (imported from another calendar): it is kept as it is. */
export function choiceOf(rule: RecurrenceRule | undefined | null): RecurrenceChoice | undefined {
  const exceptions = [...new Set((rule?.exdates ?? []).map((exdate) => exdate.slice(0, 10)))];
  if (!rule) return { repeat: { kind: "none" }, end: { kind: "never" }, exceptions: [] };
  if (rule.lunar) {
    const [month, day] = rule.lunar.split("-").map(Number) as [number, number];
    return { repeat: { kind: "lunar", month, day }, end: { kind: "never" }, exceptions };
  }
  const fields = new Map(
    (rule.rrule ?? "")
      .replace(/^RRULE:/i, "")
      .split(";")
      .map((part) => part.split("=") as [string, string]),
  );
  const known = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "WKST"]);
  if ([...fields.keys()].some((key) => !known.has(key.toUpperCase()))) return undefined;
  const interval = Number(fields.get("INTERVAL") ?? 1);
  const until = fields.get("UNTIL");
  const count = fields.get("COUNT");
  const end: RepeatEnd = until
    ? { kind: "until", date: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` }
    : count
      ? { kind: "count", count: Number(count) }
      : { kind: "never" };
  const byDay = fields.get("BYDAY")?.split(",") ?? [];
  const plainDays = byDay.every((day) => (WEEKDAYS as readonly string[]).includes(day));
  switch (fields.get("FREQ")) {
    case "DAILY":
      return byDay.length || fields.has("BYMONTHDAY") ? undefined : { repeat: { kind: "daily", interval }, end, exceptions };
    case "WEEKLY":
      return plainDays && !fields.has("BYMONTHDAY") ? { repeat: { kind: "weekly", interval, days: byDay as Weekday[] }, end, exceptions } : undefined;
    case "MONTHLY": {
      if (interval !== 1) return undefined;
      if (fields.has("BYMONTHDAY") && !byDay.length) return { repeat: { kind: "monthly-day" }, end, exceptions };
      const match = byDay.length === 1 ? /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay[0]!) : null;
      return match ? { repeat: { kind: "monthly-weekday", nth: Number(match[1]) as Nth, weekday: match[2] as Weekday }, end, exceptions } : undefined;
    }
    case "YEARLY":
      return interval === 1 && !byDay.length && !fields.has("BYMONTHDAY") ? { repeat: { kind: "yearly" }, end, exceptions } : undefined;
    default:
      return undefined;
  }
}
