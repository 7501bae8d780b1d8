import { daysAfter } from "@community-kit/schema";
import { Hono } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import type { ApiEnv } from "../http/request-time.js";
import { findEventRow } from "../events/occurrences.js";
import { selectEvents } from "../events/select-events.js";
import { ProblemError } from "../http/problem.js";
import { writeCalendar } from "../ical/write-calendar.js";
import { findCommunity } from "./communities.js";

/** A subscription keeps what ended in the last 90 days; older events only lengthen every refresh. */
const FEED_PAST_DAYS = 90;
const CALENDAR_TYPE = "text/calendar; charset=utf-8";

/** iCalendar under /v1: the community's feed, and one event (or series) to add to a calendar. */
export function calendarRoutes(db: Kysely<Database>): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.get("/communities/:community/events.ics", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const since = daysAfter(context.get("now"), -FEED_PAST_DAYS).toISOString();
    const events = await selectEvents(db, community.id)
      .where("events.series_id", "is", null)
      .where((where) =>
        where.or([
          where.and([where("events.recurrence", "is", null), where("events.end_at", ">", since)]),
          where.and([where("events.recurrence", "is not", null), where.or([where("events.until_at", "is", null), where("events.until_at", ">", since)])]),
        ]),
      )
      .orderBy("events.start_at")
      .orderBy("events.id")
      .execute();
    return context.body(writeCalendar({ community, events }, context.get("now")), 200, { "Content-Type": CALENDAR_TYPE });
  });

  routes.get("/communities/:community/events/:file{[a-z0-9][a-z0-9-]*\\.ics}", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const id = context.req.param("file").slice(0, -".ics".length);
    const row =
      (await findEventRow(db, community.id, id)) ??
      (await selectEvents(db, community.id).where("events.id", "=", id).where("events.recurrence", "is not", null).executeTakeFirst());
    if (!row) throw new ProblemError(404, "event_not_found", "Event not found", `There is no event "${id}" in ${community.id}`);
    return context.body(writeCalendar({ community, events: [row] }, context.get("now")), 200, {
      "Content-Type": CALENDAR_TYPE,
      "Content-Disposition": `attachment; filename="${id}.ics"`,
    });
  });

  return routes;
}
