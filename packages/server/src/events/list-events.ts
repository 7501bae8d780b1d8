import { type EventListQuery, startOfDayIn } from "@community-kit/schema";
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import type { Database, EventRow } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";
import { occurrenceRow, recurrenceOf, seriesTiming } from "./occurrences.js";
import { occurrencesBetween } from "@community-kit/schema/ical";
import { selectEvents } from "./select-events.js";

export const DEFAULT_PAGE_SIZE = 100;

/** Where a page ends: events are ordered by start, then id. */
interface Cursor {
  startAt: string;
  id: string;
}

/** Parsed `EventListQuery`, with every value already validated. */
type ListQuery = { [Key in keyof EventListQuery]?: Exclude<EventListQuery[Key], undefined> } & {
  limit?: number;
  /** Only events this organiser runs (a partner's co-organised ones); not a public parameter. */
  organizer?: string;
};

type EventSelect = SelectQueryBuilder<Database, "events", EventRow>;

function filtered<Select extends EventSelect>(select: Select, query: ListQuery): Select {
  let result = select;
  if (query.category) result = result.where("events.category", "in", query.category.split(",")) as Select;
  if (query.organizer) result = result.where("events.organizer", "=", query.organizer) as Select;
  if (query.q?.trim()) {
    const pattern = `%${query.q.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    // LIKE has no escape character unless told (SQLite); \ makes % and _ literal. lower() on both
    // sides matches case alike on both engines (PostgreSQL's LIKE heeds case, SQLite's only beyond ASCII).
    result = result.where(
      sql<boolean>`(lower(events.title) like lower(${pattern}) escape '\\' or lower(events.location_name) like lower(${pattern}) escape '\\')`,
    ) as Select;
  }
  return result;
}

const isAfter = (row: EventRow, cursor: Cursor) => row.start_at > cursor.startAt || (row.start_at === cursor.startAt && row.id > cursor.id);
const byStartThenId = (a: EventRow, b: EventRow) => (a.start_at < b.start_at ? -1 : a.start_at > b.start_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Events and occurrences overlapping [from, to) in start order, one keyset
 * page at a time. Single events and occurrences with a row of their own come
 * from SQL; the others are expanded from their series for the page asked.
 */
export async function listEvents(db: Kysely<Database>, community: { id: string; timezone: string }, query: ListQuery) {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const from = query.from ? boundaryInstant(query.from, community.timezone) : undefined;
  const to = query.to ? boundaryInstant(query.to, community.timezone) : undefined;
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;

  let stored = filtered(selectEvents(db, community.id).where("events.recurrence", "is", null), query);
  if (from) stored = stored.where("events.end_at", ">", from);
  if (to) stored = stored.where("events.start_at", "<", to);
  if (cursor) {
    stored = stored.where((where) =>
      where.or([where("events.start_at", ">", cursor.startAt), where.and([where("events.start_at", "=", cursor.startAt), where("events.id", ">", cursor.id)])]),
    );
  }
  const rows: EventRow[] = await stored
    .orderBy("events.start_at")
    .orderBy("events.id")
    .limit(limit + 1)
    .execute();

  let series = filtered(selectEvents(db, community.id).where("events.recurrence", "is not", null), query);
  if (to) series = series.where("events.start_at", "<", to);
  if (from) series = series.where((where) => where.or([where("events.until_at", "is", null), where("events.until_at", ">", from)]));
  const allSeries = await series.execute();
  if (allSeries.length) {
    const ownRows = await db
      .selectFrom("events")
      .select(["series_id", "recurrence_id"])
      .where("community_id", "=", community.id)
      .where(
        "series_id",
        "in",
        allSeries.map((row) => row.id),
      )
      .execute();
    const hasOwnRow = new Set(ownRows.map((row) => `${row.series_id}|${row.recurrence_id}`));
    // Expansion starts where the page does; a few more than the page, for occurrences that began before the cursor.
    const expandFrom = new Date(Math.max(0, from ? Date.parse(from) : 0, cursor ? Date.parse(cursor.startAt) : 0));
    // Once more than a page is found, nothing that starts after its last can be on it: each series stops there.
    const pageEnd = () => {
      if (rows.length <= limit) return to ? new Date(to) : undefined;
      rows.sort(byStartThenId).length = limit + 1;
      return new Date(Date.parse(rows[limit]!.start_at) + 1);
    };
    for (const row of allSeries) {
      for (const occurrence of occurrencesBetween(seriesTiming(row), recurrenceOf(row), expandFrom, pageEnd(), limit + 8)) {
        if (hasOwnRow.has(`${row.id}|${occurrence.recurrenceId}`)) continue;
        const expanded = occurrenceRow(row, occurrence);
        if (!cursor || isAfter(expanded, cursor)) rows.push(expanded);
      }
    }
    rows.sort(byStartThenId);
  }

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ startAt: last.start_at, id: last.id }) : null;
  return { rows: page, nextCursor };
}

/** A day means its first instant in the community's zone; an instant is taken as it is. */
export function boundaryInstant(value: string, timeZone: string): string {
  const instant = value.length === 10 ? startOfDayIn(value, timeZone) : new Date(value);
  return instant.toISOString();
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.startAt, cursor.id])).toString("base64url");
}

function decodeCursor(value: string): Cursor {
  try {
    const [startAt, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (typeof startAt === "string" && !Number.isNaN(Date.parse(startAt)) && typeof id === "string") return { startAt, id };
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError(400, "invalid_parameter", "Invalid query parameter", "Check cursor", [
    { field: "cursor", code: "invalid_cursor", message: "The cursor is not one this server issued" },
  ]);
}
