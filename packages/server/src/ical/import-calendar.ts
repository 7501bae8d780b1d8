import { createHash } from "node:crypto";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { Database, EventTable } from "../database/tables.js";
import { seriesColumns } from "../events/occurrences.js";
import { findCommunity } from "../routes/communities.js";
import { decodeCalendar } from "./decode-calendar.js";
import { type Locale, slugify } from "@community-kit/schema";
import { type CalendarDraft, type CalendarProblem, InvalidRecurrence, readCalendar } from "@community-kit/schema/ical";

export interface ImportSummary {
  created: number;
  updated: number;
  problems: CalendarProblem[];
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** The most places an event may have, as the API takes them. */
const MAX_CAPACITY = 100_000;
/** The title of an event whose file gives none, in the community's language. */
const UNTITLED: Record<Locale, string> = { "zh-CN": "未命名活动", "zh-Hant": "未命名活動", en: "Untitled event" };
/** Room left in a 64-character id for an occurrence's date and time (`-20261124t0900`). */
const MAX_SERIES_ID = 50;

/** Our own UIDs give back the id they were made of; any other gets one made from it. */
async function newEventId(transaction: Transaction<Database>, communityId: string, uid: string): Promise<string> {
  const local = uid.split("@")[0]!;
  const hashed = `ics-${createHash("sha256").update(uid).digest("hex").slice(0, 16)}`;
  if (uid.includes("@") && SLUG.test(local) && local.length <= MAX_SERIES_ID) {
    const taken = await transaction.selectFrom("events").select("id").where("community_id", "=", communityId).where("id", "=", local).executeTakeFirst();
    if (!taken) return local;
  }
  return hashed;
}

/** A category the feed names but the community lacks is added, so that the event keeps it. */
/** The category of a feed's event, by its Community Kit id or its name, made where the community has none such. */
async function categoryFor(transaction: Transaction<Database>, communityId: string, draft: Pick<CalendarDraft, "category" | "categoryId">): Promise<string> {
  const categories = await transaction.selectFrom("categories").select(["id", "name", "position"]).where("community_id", "=", communityId).execute();
  const name = draft.category?.trim() || "other";
  const known = categories.find((category) => category.id === draft.categoryId || category.id === name || category.name === name);
  if (known) return known.id;
  const id = (draft.categoryId && slugify(draft.categoryId)) || slugify(name) || `category-${createHash("sha256").update(name).digest("hex").slice(0, 8)}`;
  if (!categories.some((category) => category.id === id)) {
    const position = Math.max(-1, ...categories.map((category) => category.position)) + 1;
    await transaction.insertInto("categories").values({ community_id: communityId, id, name, color: null, position }).execute();
  }
  return id;
}

function columnsOf(draft: CalendarDraft, category: string, now: Date): Omit<Insertable<EventTable>, "community_id" | "id"> {
  return {
    title: draft.title,
    description: draft.description,
    start_at: draft.start.toISOString(),
    end_at: draft.end.toISOString(),
    all_day: draft.allDay ? 1 : 0,
    timezone: draft.timezone,
    location_name: draft.location.name.slice(0, 200),
    location_address: draft.location.address?.slice(0, 500) ?? null,
    location_lat: draft.location.lat ?? null,
    location_lng: draft.location.lng ?? null,
    category,
    organizer: draft.organizer?.slice(0, 200) ?? null,
    capacity: draft.capacity !== undefined && draft.capacity <= MAX_CAPACITY ? draft.capacity : null,
    url: draft.url ?? null,
    registration_open: draft.maxPartySize === undefined ? 0 : 1,
    max_party_size: draft.maxPartySize ?? 4,
    updated_at: now.toISOString(),
    status: draft.status ?? "scheduled",
    uid: draft.uid,
    ...(draft.recurrence
      ? seriesColumns(draft.recurrence, { start: draft.start, end: draft.end, allDay: draft.allDay, timeZone: draft.timezone })
      : { recurrence: null, until_at: null }),
  };
}

/**
 * Imports an iCalendar feed into a community in one transaction, idempotent
 * by UID: an event imported before is updated (its registrations kept), never
 * added twice. What cannot be taken as it stands is reported, not guessed.
 */
export async function importCalendar(db: Kysely<Database>, communityId: string, source: string | Uint8Array, now: Date): Promise<ImportSummary> {
  const community = await findCommunity(db, communityId);
  const decoded = typeof source === "string" ? { text: source } : decodeCalendar(source);
  const { events, problems } = readCalendar(decoded.text, community.timezone, { untitled: UNTITLED[community.locale as Locale] ?? UNTITLED["zh-CN"] });
  if (decoded.note) problems.unshift({ message: decoded.note });
  const summary: ImportSummary = { created: 0, updated: 0, problems };
  await db.transaction().execute(async (transaction) => {
    for (const draft of events) {
      if (draft.capacity !== undefined && draft.capacity > MAX_CAPACITY)
        problems.push({ uid: draft.uid, message: `Left out a capacity of ${draft.capacity}: at most ${MAX_CAPACITY}` });
      let columns: ReturnType<typeof columnsOf>;
      try {
        columns = columnsOf(draft, await categoryFor(transaction, communityId, draft), now);
      } catch (error) {
        if (!(error instanceof InvalidRecurrence)) throw error;
        problems.push({ uid: draft.uid, message: `Left out: ${error.message}` });
        continue;
      }
      const existing = await transaction
        .selectFrom("events")
        .select("id")
        .where("community_id", "=", communityId)
        .where("uid", "=", draft.uid)
        .executeTakeFirst();
      if (existing) {
        await transaction.updateTable("events").set(columns).where("community_id", "=", communityId).where("id", "=", existing.id).execute();
        summary.updated++;
      } else {
        const id = await newEventId(transaction, communityId, draft.uid);
        await transaction
          .insertInto("events")
          .values({ ...columns, community_id: communityId, id, registered_count: draft.capacity === undefined ? null : 0 })
          .execute();
        summary.created++;
      }
    }
  });
  return summary;
}
