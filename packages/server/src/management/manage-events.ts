import { randomBytes } from "node:crypto";
import { noticeChanges } from "../notices/write-notice.js";
import { type EventCreate, type EventUpdate, type ManagedEvent, type RecurrenceRule, dayOf, slugify, startOfDayIn } from "@community-kit/schema";
import { InvalidRecurrence, type Recurrence, parseOccurrenceId } from "@community-kit/schema/ical";
import type { Insertable, Kysely, Updateable } from "kysely";
import type * as z from "zod/mini";
import { writeTransaction } from "../database/write-transaction.js";
import type { Database, EventTable, CommunityRow, EventRow } from "../database/tables.js";
import { eventFromRow } from "../events/event-row.js";
import { findEventRow, recurrenceOf, seriesColumns, storeOccurrence } from "../events/occurrences.js";
import { selectEvents } from "../events/select-events.js";
import { ProblemError, invalidFields } from "../http/problem.js";
import { promoteWaiting } from "../registrations/cancel.js";

type Fields = EventUpdate;

/** The management view of a stored event: the public one, with its rule. */
export function managedEventFromRow(row: EventRow, now: Date): ManagedEvent {
  const event: ManagedEvent = eventFromRow(row, now);
  if (row.recurrence) event.recurrence = recurrenceOf(row);
  return event;
}

const fieldProblem = (field: string, code: string, message: string) => invalidFields([{ field, code, message }]);

const notFound = (id: string, community: string) => new ProblemError(404, "event_not_found", "Event not found", `There is no event "${id}" in ${community}`);

/** The columns a body sets, checked against the community: its categories, times in order, a rule that can be expanded. */
async function columnsOf(db: Kysely<Database>, community: CommunityRow, fields: Fields, now: Date, current?: EventRow): Promise<Updateable<EventTable>> {
  const columns: Updateable<EventTable> = {};
  if (fields.category !== undefined) {
    const category = await db
      .selectFrom("categories")
      .select("id")
      .where("community_id", "=", community.id)
      .where("id", "=", fields.category)
      .executeTakeFirst();
    if (!category) {
      throw invalidFields(
        [{ field: "category", code: "category_not_found", message: `No category "${fields.category}" in ${community.id}` }],
        "category_not_found",
      );
    }
    columns.category = fields.category;
  }
  if (fields.title !== undefined) columns.title = fields.title;
  if (fields.description !== undefined) columns.description = fields.description;
  if (fields.start !== undefined) columns.start_at = new Date(fields.start).toISOString();
  if (fields.end !== undefined) columns.end_at = new Date(fields.end).toISOString();
  if (fields.allDay !== undefined) columns.all_day = fields.allDay ? 1 : 0;
  if (fields.timezone !== undefined) columns.timezone = fields.timezone;
  if (fields.location !== undefined) {
    columns.location_name = fields.location.name;
    columns.location_address = fields.location.address ?? null;
    columns.location_lat = fields.location.lat ?? null;
    columns.location_lng = fields.location.lng ?? null;
  }
  if (fields.organizer !== undefined) columns.organizer = fields.organizer;
  if (fields.audience !== undefined) columns.audience = fields.audience;
  if (fields.capacity !== undefined) columns.capacity = fields.capacity;
  if (fields.imageUrl !== undefined) columns.image_url = fields.imageUrl;
  if (fields.url !== undefined) columns.url = fields.url;
  if (fields.registration !== undefined) {
    columns.registration_open = fields.registration.open ? 1 : 0;
    if (fields.registration.maxPartySize !== undefined) columns.max_party_size = fields.registration.maxPartySize;
    if (fields.registration.closesAt !== undefined)
      columns.registration_closes_at = fields.registration.closesAt && new Date(fields.registration.closesAt).toISOString();
  }

  const start = new Date(columns.start_at ?? current!.start_at);
  const end = new Date(columns.end_at ?? current!.end_at);
  if (end <= start) throw fieldProblem("end", "too_small", "The end must come after the start");
  // All day means whole days in the event's zone: from a midnight to a midnight (RFC 5545 writes them as dates).
  const zone = columns.timezone ?? current?.timezone ?? community.timezone;
  if ((columns.all_day ?? current?.all_day) === 1) {
    for (const [field, instant] of [
      ["start", start],
      ["end", end],
    ] as const) {
      if (startOfDayIn(dayOf(instant, zone), zone).getTime() !== instant.getTime()) {
        throw fieldProblem(field, "not_whole_days", `An all-day event ${field}s at midnight in ${zone}`);
      }
    }
  }

  const isSeries = current ? current.recurrence !== null : !!fields.recurrence;
  if (current && fields.recurrence !== undefined && (fields.recurrence === null) === isSeries) {
    throw fieldProblem("recurrence", "invalid_recurrence", isSeries ? "A series stays a series; delete it to stop it" : "Create a new event to make a series");
  }
  if (isSeries && (fields.recurrence || fields.start || fields.end || fields.allDay !== undefined || fields.timezone)) {
    const rule: Recurrence = (fields.recurrence as RecurrenceRule | undefined) ?? recurrenceOf(current!);
    const timing = { start, end, allDay: (columns.all_day ?? current?.all_day) === 1, timeZone: columns.timezone ?? current!.timezone };
    try {
      Object.assign(columns, seriesColumns(rule, timing));
    } catch (error) {
      if (error instanceof InvalidRecurrence) throw fieldProblem("recurrence", "invalid_recurrence", error.message);
      throw error;
    }
  }
  columns.updated_at = now.toISOString();
  return columns;
}

export async function createEvent(db: Kysely<Database>, community: CommunityRow, fields: z.output<typeof EventCreate>, now: Date): Promise<ManagedEvent> {
  return writeTransaction(db, community.id, async (transaction) => {
    const columns = await columnsOf(transaction, community, { timezone: community.timezone, ...fields }, now);
    const taken = async (id: string) =>
      !!(await transaction.selectFrom("events").select("id").where("community_id", "=", community.id).where("id", "=", id).executeTakeFirst());
    let id = fields.id;
    if (id && (await taken(id))) throw new ProblemError(409, "event_exists", "Event exists", `There is already an event "${id}"; update it with PATCH`);
    // A title in Chinese makes no slug: those get a random one.
    id ??= `${slugify(fields.title) || "event"}-${randomBytes(4).toString("hex")}`;
    const row: Insertable<EventTable> = {
      ...(columns as Insertable<EventTable>),
      community_id: community.id,
      id,
      description: fields.description ?? "",
      registered_count: fields.capacity == null ? null : 0,
    };
    if (!fields.recurrence) row.recurrence = null;
    await transaction.insertInto("events").values(row).execute();
    return managedEventFromRow((await selectEvents(transaction, community.id).where("events.id", "=", id).executeTakeFirst())!, now);
  });
}

/** The row a management write changes: a single event or series by id, or an occurrence, given a row of its own now. */
async function rowToChange(db: Kysely<Database>, community: CommunityRow, id: string): Promise<EventRow> {
  await storeOccurrence(db, community.id, id);
  const row = await selectEvents(db, community.id).where("events.id", "=", id).executeTakeFirst();
  if (!row) throw notFound(id, community.id);
  return row;
}

/** A single event, a series with its rule, or an occurrence, as management edits it; reading stores nothing. */
export async function managedEvent(db: Kysely<Database>, community: CommunityRow, id: string, now: Date): Promise<ManagedEvent> {
  const row = (await selectEvents(db, community.id).where("events.id", "=", id).executeTakeFirst()) ?? (await findEventRow(db, community.id, id));
  if (!row) throw notFound(id, community.id);
  return managedEventFromRow(row, now);
}

export async function updateEvent(
  db: Kysely<Database>,
  community: CommunityRow,
  id: string,
  fields: z.output<typeof EventUpdate>,
  now: Date,
): Promise<ManagedEvent> {
  return writeTransaction(db, community.id, async (transaction) => {
    const current = await rowToChange(transaction, community, id);
    if (current.series_id && fields.recurrence !== undefined)
      throw fieldProblem("recurrence", "invalid_recurrence", "An occurrence has no rule of its own; change its series");
    const columns = await columnsOf(transaction, community, fields, now, current);
    await transaction.updateTable("events").set(columns).where("community_id", "=", community.id).where("id", "=", id).execute();
    if (current.recurrence !== null) {
      // Occurrences with rows of their own (registrations) follow the series, but keep their own times.
      const { start_at: _start, end_at: _end, all_day: _allDay, timezone: _zone, recurrence: _rule, until_at: _until, ...shared } = columns;
      await transaction.updateTable("events").set(shared).where("community_id", "=", community.id).where("series_id", "=", id).execute();
    }
    // More places: those waiting get them, in arrival order.
    if (columns.capacity !== undefined && (columns.capacity === null || columns.capacity > (current.capacity ?? Infinity))) {
      await promoteWaiting(transaction, community.id, id, now);
    }
    return managedEventFromRow((await selectEvents(transaction, community.id).where("events.id", "=", id).executeTakeFirst())!, now);
  });
}

/** Calls an event, series or occurrence off: it stays listed, marked cancelled, and takes no more registrations. */
export async function cancelEvent(db: Kysely<Database>, community: CommunityRow, id: string, now: Date): Promise<ManagedEvent> {
  return writeTransaction(db, community.id, async (transaction) => {
    await rowToChange(transaction, community, id);
    await transaction
      .updateTable("events")
      .set({ status: "cancelled", updated_at: now.toISOString() })
      .where("community_id", "=", community.id)
      .where((where) => where.or([where("id", "=", id), where("series_id", "=", id)]))
      .execute();
    // Everyone registered for it, or for any occurrence of the series, hears it is off.
    const told = await transaction
      .selectFrom("registrations")
      .innerJoin("events", (join) => join.onRef("events.community_id", "=", "registrations.community_id").onRef("events.id", "=", "registrations.event_id"))
      .select("registrations.id")
      .where("registrations.community_id", "=", community.id)
      .where((where) => where.or([where("events.id", "=", id), where("events.series_id", "=", id)]))
      .where("registrations.status", "!=", "cancelled")
      .where("events.end_at", ">", now.toISOString())
      .execute();
    await noticeChanges(
      transaction,
      told.map(({ id: subjectId }) => ({ communityId: community.id, subject: "registration" as const, subjectId, cause: "cancelled" as const, now })),
    );
    return managedEventFromRow((await selectEvents(transaction, community.id).where("events.id", "=", id).executeTakeFirst())!, now);
  });
}

/**
 * Deletes an event with its registrations, or a series with all its
 * occurrences; one occurrence is deleted by leaving its date out of the series.
 */
export async function deleteEvent(db: Kysely<Database>, community: CommunityRow, id: string, now: Date): Promise<void> {
  await writeTransaction(db, community.id, async (transaction) => {
    const row = await selectEvents(transaction, community.id).where("events.id", "=", id).executeTakeFirst();
    const occurrence = row?.series_id ? { seriesId: row.series_id, recurrenceId: row.recurrence_id! } : row ? undefined : parseOccurrenceId(id);
    if (occurrence) {
      const series = await selectEvents(transaction, community.id)
        .where("events.id", "=", occurrence.seriesId)
        .where("events.recurrence", "is not", null)
        .executeTakeFirst();
      if (!series) throw notFound(id, community.id);
      const rule = recurrenceOf(series);
      const exdates = [...new Set([...(rule.exdates ?? []), occurrence.recurrenceId])];
      await transaction
        .updateTable("events")
        .set({ recurrence: JSON.stringify({ ...rule, exdates }), updated_at: now.toISOString() })
        .where("community_id", "=", community.id)
        .where("id", "=", series.id)
        .execute();
    } else if (!row) {
      throw notFound(id, community.id);
    }
    await transaction
      .deleteFrom("events")
      .where("community_id", "=", community.id)
      .where((where) => where.or([where("id", "=", id), where("series_id", "=", id)]))
      .execute();
  });
}
