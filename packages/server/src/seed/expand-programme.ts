import { addMonths, endOfMonth, getDate, getDaysInMonth, getISODay, getMonth, getYear, startOfMonth } from "date-fns";
import { chineseDateOf, eachPlainDay, instantOfWallTime, plainDateOf, utcDay } from "@community-kit/schema";
import type { Insertable } from "kysely";
import type { EventTable } from "../database/tables.js";
import type { CommunityProgramme, ProgrammeItem, ProgrammeRule } from "./programme.js";

/** Most people one demo registration may bring. */
const DEMO_MAX_PARTY_SIZE = 4;

/** The first day of the month before the one `date` is in, and the last day `monthsAhead` months after it. */
export function monthsAround(date: string, monthsAhead: number): { first: string; last: string } {
  const month = startOfMonth(utcDay(date));
  return { first: plainDateOf(addMonths(month, -1)), last: plainDateOf(endOfMonth(addMonths(month, monthsAhead))) };
}

function dateParts(day: string): { year: number; month: number; dayOfMonth: number; isoWeekday: number; daysInMonth: number } {
  const date = utcDay(day);
  return { year: getYear(date), month: getMonth(date) + 1, dayOfMonth: getDate(date), isoWeekday: getISODay(date), daysInMonth: getDaysInMonth(date) };
}

/** Whether `rule` puts an occurrence on `day`. */
export function ruleMatches(rule: ProgrammeRule, day: string): boolean {
  const { month, dayOfMonth, isoWeekday, daysInMonth } = dateParts(day);
  switch (rule.kind) {
    case "weekly":
      return rule.weekdays.includes(isoWeekday);
    case "monthly": {
      if (isoWeekday !== rule.weekday) return false;
      const nth = rule.nth > 0 ? Math.ceil(dayOfMonth / 7) : -Math.ceil((daysInMonth - dayOfMonth + 1) / 7);
      return nth === rule.nth;
    }
    case "lunar": {
      const chinese = chineseDateOf(day);
      return !chinese.leap && chinese.month === rule.month && chinese.day === rule.day;
    }
    case "yearly":
      return month === rule.month && dayOfMonth === rule.day;
    case "monthly-span":
      return dayOfMonth === rule.dayOfMonth;
  }
}

/** A small stable number from a string, so that demo counts look real but never change. */
function stableHash(text: string): number {
  let hash = 2166136261;
  for (const character of text) hash = Math.imul(hash ^ character.codePointAt(0)!, 16777619) >>> 0;
  return hash;
}

function occurrence(programme: CommunityProgramme, item: ProgrammeItem & { rule: ProgrammeRule }, day: string, updatedAt: string): Insertable<EventTable> {
  const { timezone } = programme.community;
  const { year, month, dayOfMonth } = dateParts(day);
  let start: Date;
  let end: Date;
  if (item.time) {
    const [hour, minute] = item.time.start.split(":").map(Number) as [number, number];
    start = instantOfWallTime({ year, month, day: dayOfMonth, hour, minute }, timezone);
    end = new Date(start.getTime() + item.time.minutes * 60000);
  } else {
    const days = item.rule.kind === "monthly-span" ? item.rule.days : 1;
    start = instantOfWallTime({ year, month, day: dayOfMonth }, timezone);
    end = instantOfWallTime({ year, month, day: dayOfMonth + days }, timezone);
  }
  const id = `${item.key}-${day}`;
  return {
    community_id: programme.community.id,
    id,
    title: item.title,
    description: item.description,
    start_at: start.toISOString(),
    end_at: end.toISOString(),
    all_day: item.time ? 0 : 1,
    timezone,
    location_name: item.place.name,
    location_address: item.place.address ?? null,
    location_lat: item.place.lat ?? null,
    location_lng: item.place.lng ?? null,
    category: item.category,
    organizer: item.organizer ?? null,
    audience: item.audience ?? null,
    capacity: item.capacity ?? null,
    registered_count: item.capacity === undefined ? null : stableHash(id) % (item.capacity + 1),
    // Events with a capacity take registrations online.
    registration_open: item.capacity === undefined ? 0 : 1,
    max_party_size: DEMO_MAX_PARTY_SIZE,
    registration_closes_at: null,
    image_url: null,
    url: item.url ?? null,
    updated_at: updatedAt,
  };
}

/** Every occurrence of the programme on the days from `first` to `last`. */
export function expandProgramme(programme: CommunityProgramme, first: string, last: string, updatedAt: string): Insertable<EventTable>[] {
  const events: Insertable<EventTable>[] = [];
  for (const day of eachPlainDay(first, last)) {
    for (const item of programme.items) {
      if (ruleMatches(item.rule, day)) events.push(occurrence(programme, item, day, updatedAt));
    }
  }
  return events;
}
