import { type EventListQuery, startOfDayIn } from "@community-kit/schema";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database/tables.js";
import { selectEvents } from "./select-events.js";
import { ProblemError } from "../http/problem.js";

export const DEFAULT_PAGE_SIZE = 100;

interface Cursor {
  startAt: string;
  seq: number;
}

/** Parsed `EventListQuery`, with every value already validated. */
type ListQuery = { [Key in keyof EventListQuery]?: Exclude<EventListQuery[Key], undefined> } & { limit?: number };

/** Events overlapping [from, to) in start order, one keyset page at a time. */
export async function listEvents(db: Kysely<Database>, community: { id: string; timezone: string }, query: ListQuery) {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  let select = selectEvents(db, community.id);

  if (query.from) select = select.where("events.end_at", ">", boundaryInstant(query.from, community.timezone));
  if (query.to) select = select.where("events.start_at", "<", boundaryInstant(query.to, community.timezone));
  if (query.category) select = select.where("events.category", "in", query.category.split(","));
  if (query.q?.trim()) {
    const pattern = `%${query.q.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    // SQLite's LIKE has no escape character unless told; \ makes % and _ literal.
    select = select.where(sql<boolean>`(events.title like ${pattern} escape '\\' or events.location_name like ${pattern} escape '\\')`);
  }
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    select = select.where((where) =>
      where.or([
        where("events.start_at", ">", cursor.startAt),
        where.and([where("events.start_at", "=", cursor.startAt), where("events.seq", ">", cursor.seq)]),
      ]),
    );
  }

  const rows = await select.orderBy("events.start_at").orderBy("events.seq").limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ startAt: last.start_at, seq: last.seq }) : null;
  return { rows: page, nextCursor };
}

/** A day means its first instant in the community's zone; an instant is taken as it is. */
function boundaryInstant(value: string, timeZone: string): string {
  const instant = value.length === 10 ? startOfDayIn(value, timeZone) : new Date(value);
  return instant.toISOString();
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.startAt, cursor.seq])).toString("base64url");
}

function decodeCursor(value: string): Cursor {
  try {
    const [startAt, seq] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (typeof startAt === "string" && !Number.isNaN(Date.parse(startAt)) && Number.isInteger(seq)) {
      return { startAt, seq: seq as number };
    }
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError(400, "invalid_parameter", "Invalid query parameter", "Check cursor", [
    { field: "cursor", code: "invalid_cursor", message: "The cursor is not one this server issued" },
  ]);
}
