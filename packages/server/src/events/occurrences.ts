import type { Kysely } from "kysely";
import type { Database, EventRow } from "../database/tables.js";
import {
  type Occurrence,
  type Recurrence,
  type SeriesTiming,
  occurrenceAt,
  occurrenceId,
  parseOccurrenceId,
  parseRecurrence,
  seriesEnd,
} from "@community-kit/schema/ical";
import { selectEvents } from "./select-events.js";

type Queryable = Kysely<Database>;

export function seriesTiming(series: EventRow): SeriesTiming {
  return { start: new Date(series.start_at), end: new Date(series.end_at), allDay: series.all_day === 1, timeZone: series.timezone };
}

export function recurrenceOf(series: EventRow): Recurrence {
  return JSON.parse(series.recurrence!) as Recurrence;
}

/** An occurrence nothing has happened to yet, as the row it would have: the series' details, its own times, no one registered. */
export function occurrenceRow(series: EventRow, occurrence: Occurrence): EventRow {
  return {
    ...series,
    id: occurrenceId(series.id, occurrence.recurrenceId),
    start_at: occurrence.start.toISOString(),
    end_at: occurrence.end.toISOString(),
    registered_count: series.capacity === null ? null : 0,
    waitlisted: 0,
    recurrence: null,
    until_at: null,
    series_id: series.id,
    recurrence_id: occurrence.recurrenceId,
    // The UID is the series'; the occurrence is named by series and recurrence id.
    uid: null,
  };
}

/** The occurrence an id names, from its series, when it has no row of its own. */
async function unstoredOccurrence(db: Queryable, communityId: string, id: string): Promise<EventRow | undefined> {
  const named = parseOccurrenceId(id);
  if (!named) return undefined;
  const series = await selectEvents(db, communityId).where("events.id", "=", named.seriesId).where("events.recurrence", "is not", null).executeTakeFirst();
  if (!series) return undefined;
  const occurrence = occurrenceAt(seriesTiming(series), recurrenceOf(series), named.recurrenceId);
  return occurrence && occurrenceRow(series, occurrence);
}

/** A single event or an occurrence, by its public id; never a series itself. */
export async function findEventRow(db: Queryable, communityId: string, id: string): Promise<EventRow | undefined> {
  const row = await selectEvents(db, communityId).where("events.id", "=", id).executeTakeFirst();
  if (row) return row.recurrence === null ? row : undefined;
  return unstoredOccurrence(db, communityId, id);
}

/**
 * Gives an occurrence its own row, so that its places are held like any
 * event's; call inside the transaction that then takes them. Does nothing for
 * a single event or an occurrence that has its row already.
 */
export async function storeOccurrence(db: Queryable, communityId: string, id: string): Promise<void> {
  const exists = await db.selectFrom("events").select("id").where("community_id", "=", communityId).where("id", "=", id).executeTakeFirst();
  if (exists) return;
  const row = await unstoredOccurrence(db, communityId, id);
  if (!row) return;
  const { waitlisted: _, seq: __, ...columns } = row;
  await db.insertInto("events").values(columns).execute();
}

/** The columns that make an event a series: the checked rule, and when its last occurrence ends. */
export function seriesColumns(recurrence: Recurrence, timing: SeriesTiming): { recurrence: string; until_at: string | null } {
  const checked = parseRecurrence(recurrence);
  return { recurrence: JSON.stringify(checked), until_at: seriesEnd(timing, checked)?.toISOString() ?? null };
}
