import { type WallTime, instantOfWallTime, wallTimeOf } from "../zoned-time.js";
import ICAL from "ical.js";

/** How a series repeats: an RFC 5545 rule, or yearly on a Chinese lunar date; less the dates left out. */
export interface Recurrence {
  /** RRULE value: `FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231` */
  rrule?: string;
  /** Yearly on this lunar month and day, `08-15` for 中秋 (RFC 7529's RSCALE=CHINESE, which the RRULE libraries lack). */
  lunar?: string;
  /** Occurrences left out, as recurrence ids (wall times in the series' zone: `2026-10-01T09:00`, all-day `2026-10-01`). */
  exdates?: string[];
}

/** The first occurrence of a series: its times and zone. */
export interface SeriesTiming {
  start: Date;
  end: Date;
  allDay: boolean;
  timeZone: string;
}

export interface Occurrence {
  /** The occurrence's wall time in the series' zone (RFC 5545 RECURRENCE-ID). */
  recurrenceId: string;
  start: Date;
  end: Date;
}

/** Why a recurrence cannot be stored. */
export class InvalidRecurrence extends Error {}

/** Frequencies a community calendar has use for; finer ones would list thousands of occurrences a month. */
const FREQUENCIES = new Set(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);
const LUNAR_DATE = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30)$/;
const RECURRENCE_ID = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
/** Steps through a rule at most this often for one answer: a rule that never matches must still end. */
const MAX_STEPS = 20000;
/** COUNT counts from the first occurrence, so such a series is stepped through from its start: at most this many (a weekly class for 19 years). */
const MAX_COUNT = 1000;
const DAY_MS = 86_400_000;

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** Checks a recurrence a client sent; throws InvalidRecurrence naming what is wrong. */
export function parseRecurrence(value: Recurrence): Recurrence {
  if (!value.rrule === !value.lunar) throw new InvalidRecurrence("Give either an RRULE or a lunar date");
  if (value.rrule !== undefined) {
    let rule: ICAL.Recur;
    try {
      rule = ICAL.Recur.fromString(value.rrule.replace(/^RRULE:/i, ""));
    } catch {
      throw new InvalidRecurrence("The RRULE is not valid RFC 5545");
    }
    if (!FREQUENCIES.has(rule.freq)) throw new InvalidRecurrence("FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY");
    if (rule.count && rule.count > MAX_COUNT)
      throw new InvalidRecurrence(`COUNT may be at most ${MAX_COUNT}; end a longer series with UNTIL, or leave it open`);
  }
  if (value.lunar !== undefined && !LUNAR_DATE.test(value.lunar)) throw new InvalidRecurrence("The lunar date must be MM-DD, such as 08-15");
  for (const exdate of value.exdates ?? []) {
    if (!RECURRENCE_ID.test(exdate)) throw new InvalidRecurrence(`EXDATE ${exdate} is not YYYY-MM-DD or YYYY-MM-DDTHH:mm`);
  }
  return value;
}

/** The recurrence id of an instant in a series: its wall time in the series' zone. */
export function recurrenceIdOf(instant: Date, series: Pick<SeriesTiming, "allDay" | "timeZone">): string {
  const wall = wallTimeOf(instant, series.timeZone);
  const day = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  return series.allDay ? day : `${day}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** `tai-chi` + `2026-11-24T09:00` → `tai-chi-20261124t0900`: a slug, so it fits every path. */
export function occurrenceId(seriesId: string, recurrenceId: string): string {
  return `${seriesId}-${recurrenceId.replace(/[-:]/g, "").toLowerCase()}`;
}

/** The series and recurrence id an occurrence id names, if it has that shape. */
export function parseOccurrenceId(id: string): { seriesId: string; recurrenceId: string } | undefined {
  const match = /^(.+)-(\d{4})(\d{2})(\d{2})(?:t(\d{2})(\d{2}))?$/.exec(id);
  if (!match) return undefined;
  const [, seriesId, year, month, day, hour, minute] = match;
  return { seriesId: seriesId!, recurrenceId: hour ? `${year}-${month}-${day}T${hour}:${minute}` : `${year}-${month}-${day}` };
}

type WallStart = Pick<WallTime, "year" | "month" | "day" | "hour" | "minute" | "second">;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const dayNumber = (wall: WallStart) => Math.floor(Date.UTC(wall.year, wall.month - 1, wall.day) / DAY_MS);

/**
 * The series' first start moved on by whole periods of its rule (INTERVAL
 * days, weeks, months or years) to a period that begins at least a period
 * before `target`. A rule repeats the same way in every period, so from there
 * it gives the same occurrences as from the first start, without stepping
 * through decades of them: a daily series begun in 1900 reaches 2027 in a
 * few steps. Not for COUNT, which counts from the first occurrence.
 */
function fastForward(first: WallStart, rule: ICAL.Recur, target: WallStart): WallStart {
  const interval = rule.interval || 1;
  if (rule.freq === "DAILY" || rule.freq === "WEEKLY") {
    const periodDays = interval * (rule.freq === "WEEKLY" ? 7 : 1);
    const periods = Math.floor((dayNumber(target) - dayNumber(first)) / periodDays) - 1;
    if (periods <= 0) return first;
    const day = new Date(Date.UTC(first.year, first.month - 1, first.day + periods * periodDays));
    return { ...first, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  }
  const periodMonths = interval * (rule.freq === "YEARLY" ? 12 : 1);
  // A start on the 29th to the 31st needs a month that has it (a 29 February, a leap year).
  for (let periods = Math.floor(((target.year - first.year) * 12 + target.month - first.month) / periodMonths) - 1; periods > 0; periods--) {
    const months = first.month - 1 + periods * periodMonths;
    const year = first.year + Math.floor(months / 12);
    const month = (months % 12) + 1;
    if (first.day <= daysInMonth(year, month)) return { ...first, year, month };
  }
  return first;
}

/** Wall times of the series' starts, in order, from about `notBefore` on: from the rule, or from the lunar calendar. */
function* wallStarts(series: SeriesTiming, recurrence: Recurrence, notBefore: Date | undefined): Generator<WallStart> {
  const first = wallTimeOf(series.start, series.timeZone);
  const target = notBefore && wallTimeOf(notBefore, series.timeZone);
  if (recurrence.lunar) {
    const [month, day] = recurrence.lunar.split("-").map(Number) as [number, number];
    for (let year = Math.max(first.year, (target?.year ?? 0) - 1); year < first.year + 200; year++) {
      const date = gregorianOfLunar(year, month, day);
      if (date && Date.UTC(date.year, date.month - 1, date.day) >= Date.UTC(first.year, first.month - 1, first.day)) {
        yield { ...date, hour: first.hour, minute: first.minute, second: first.second };
      }
    }
    return;
  }
  // Expanded in floating time, the wall clock of the series' zone, then placed in the zone:
  // 09:00 stays 09:00 on both sides of a daylight-saving change.
  const rule = ICAL.Recur.fromString(recurrence.rrule!.replace(/^RRULE:/i, ""));
  const start = target && !rule.count ? fastForward(first, rule, target) : first;
  const iterator = rule.iterator(ICAL.Time.fromData({ ...start, isDate: series.allDay }));
  for (let next = iterator.next(), steps = 0; next && steps < MAX_STEPS; next = iterator.next(), steps++) {
    yield { year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: next.second };
  }
}

/**
 * The series' occurrences in order, less the EXDATEs: from those that may
 * still be going on at `notBefore` (and a little before), else from the first.
 */
function* occurrences(series: SeriesTiming, recurrence: Recurrence, notBefore?: Date): Generator<Occurrence> {
  const excluded = new Set(recurrence.exdates ?? []);
  const duration = series.end.getTime() - series.start.getTime();
  const days = Math.max(1, Math.round(duration / DAY_MS));
  // Two days more than the duration: a wall day read in any zone.
  const startsFrom = notBefore && new Date(notBefore.getTime() - duration - 2 * DAY_MS);
  // wallStarts ends after MAX_STEPS starts of a rule, and a lunar series after 200 years.
  for (const wall of wallStarts(series, recurrence, startsFrom)) {
    const start = instantOfWallTime(series.allDay ? { year: wall.year, month: wall.month, day: wall.day } : wall, series.timeZone);
    // ical.js gives the start it is handed even where the rule would not (DAILY;BYMONTH=1 from a June
    // day): a start moved on by fastForward lies before startsFrom, so it never gets through here.
    if (startsFrom && start < startsFrom) continue;
    const end = series.allDay
      ? instantOfWallTime({ year: wall.year, month: wall.month, day: wall.day + days }, series.timeZone)
      : new Date(start.getTime() + duration);
    const recurrenceId = recurrenceIdOf(start, series);
    if (!excluded.has(recurrenceId)) yield { recurrenceId, start, end };
  }
}

/**
 * Occurrences that overlap [from, to), at most `max` of them (`to` may be left
 * open when `max` bounds the answer), less the EXDATEs.
 */
export function occurrencesBetween(series: SeriesTiming, recurrence: Recurrence, from: Date, to: Date | undefined, max: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const occurrence of occurrences(series, recurrence, from)) {
    if (found.length >= max || (to && occurrence.start >= to)) break;
    if (occurrence.end > from) found.push(occurrence);
  }
  return found;
}

/** The occurrence with this recurrence id, if the series has it. */
export function occurrenceAt(series: SeriesTiming, recurrence: Recurrence, recurrenceId: string): Occurrence | undefined {
  const [year, month, day] = recurrenceId.slice(0, 10).split("-").map(Number) as [number, number, number];
  const [hour, minute] = recurrenceId.length > 10 ? (recurrenceId.slice(11).split(":").map(Number) as [number, number]) : [0, 0];
  const start = instantOfWallTime({ year, month, day, hour, minute }, series.timeZone);
  return occurrencesBetween(series, recurrence, start, new Date(start.getTime() + 1), 1).find((occurrence) => occurrence.recurrenceId === recurrenceId);
}

/** End of the series' last occurrence, or null when it never ends. */
export function seriesEnd(series: SeriesTiming, recurrence: Recurrence): Date | null {
  if (recurrence.lunar) return null;
  const rule = ICAL.Recur.fromString(recurrence.rrule!.replace(/^RRULE:/i, ""));
  if (!rule.count && !rule.until) return null;
  const lastEnd = (notBefore?: Date) => {
    let end: Date | undefined;
    for (const occurrence of occurrences(series, { ...recurrence, exdates: [] }, notBefore)) end = occurrence.end;
    return end;
  };
  // UNTIL: looked for just before it, then further back for a rule that gives nothing there
  // (January only, until June; 29 February), then from the first occurrence.
  const until = rule.until && instantOfWallTime({ year: rule.until.year, month: rule.until.month, day: rule.until.day }, series.timeZone);
  for (const lookBack of until ? [0, 400, 3000] : []) {
    const end = lastEnd(new Date(until!.getTime() - lookBack * DAY_MS));
    if (end) return end;
  }
  return lastEnd() ?? series.end;
}

const lunarFormat = new Intl.DateTimeFormat("en-u-ca-chinese", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });

/**
 * The Gregorian date of a lunar month and day in the Chinese year that begins
 * in `year`, from the platform's Chinese calendar (ICU). A leap month of the
 * same number is not it. Undefined when that month has no such day (a 30th).
 */
export function gregorianOfLunar(year: number, month: number, day: number): { year: number; month: number; day: number } | undefined {
  // A lunar date falls 20 to 52 days after the Gregorian date of the same numbers.
  for (let offset = 15; offset <= 60; offset++) {
    const candidate = new Date(Date.UTC(year, month - 1, day + offset));
    const parts = Object.fromEntries(lunarFormat.formatToParts(candidate).map((part) => [part.type, part.value]));
    if (parts.month === String(month) && Number(parts.day) === day && Number(parts.relatedYear) === year) {
      return { year: candidate.getUTCFullYear(), month: candidate.getUTCMonth() + 1, day: candidate.getUTCDate() };
    }
  }
  return undefined;
}
