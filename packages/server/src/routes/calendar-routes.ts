import { daysAfter } from "@community-kit/schema";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Kysely } from "kysely";
import { fileAnswer, pathId, problemAnswer, slug } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import { findEventRow } from "../events/occurrences.js";
import { selectEvents } from "../events/select-events.js";
import { ProblemError } from "../http/problem.js";
import { writeCalendar } from "../ical/write-calendar.js";
import { type CommunityEnv, inCommunity } from "./communities.js";

/** A subscription keeps what ended in the last 90 days; older events only lengthen every refresh. */
const FEED_PAST_DAYS = 90;
const CALENDAR_TYPE = "text/calendar; charset=utf-8";

/** The community's category names by id, for the feed's CATEGORIES. */
async function categoryNamesOf(db: Kysely<Database>, communityId: string): Promise<Map<string, string>> {
  const categories = await db.selectFrom("categories").select(["id", "name"]).where("community_id", "=", communityId).execute();
  return new Map(categories.map((category) => [category.id, category.name]));
}

/** iCalendar under /v1: the community's feed, and one event (or series) to add to a calendar. */
export function calendarRoutes(db: Kysely<Database>): Hono<CommunityEnv> {
  const routes = new Hono<CommunityEnv>();
  const community = inCommunity(db);

  routes.get(
    "/communities/:community/events.ics",
    describeRoute({
      operationId: "getCalendarFeed",
      summary:
        "The community's events as a subscribable iCalendar feed (RFC 5545): VTIMEZONEs, RRULE and EXDATE, lunar-date series as RDATEs; events that ended in the last 90 days and all to come",
      responses: { 200: fileAnswer("The feed", "text/calendar") },
    }),
    community,
    async (context) => {
      const since = daysAfter(context.get("now"), -FEED_PAST_DAYS).toISOString();
      const events = await selectEvents(db, context.get("community").id)
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
      const categoryNames = await categoryNamesOf(db, context.get("community").id);
      return context.body(writeCalendar({ community: context.get("community"), events, categoryNames }, context.get("now")), 200, {
        "Content-Type": CALENDAR_TYPE,
      });
    },
  );

  routes.get(
    "/communities/:community/events/:file{[a-z0-9][a-z0-9-]*\\.ics}",
    describeRoute({
      operationId: "getEventCalendar",
      summary: "One event, occurrence or whole series as an iCalendar file, to add to a calendar",
      parameters: [pathId("The event's id", "file", slug())],
      responses: {
        200: fileAnswer("The event", "text/calendar"),
        404: problemAnswer("No such community or event (community_not_found, event_not_found)"),
      },
    }),
    community,
    async (context) => {
      const { id: communityId } = context.get("community");
      const id = context.req.param("file").slice(0, -".ics".length);
      const row =
        (await findEventRow(db, communityId, id)) ??
        (await selectEvents(db, communityId).where("events.id", "=", id).where("events.recurrence", "is not", null).executeTakeFirst());
      if (!row) throw new ProblemError(404, "event_not_found", "Event not found", `There is no event "${id}" in ${communityId}`);
      const categoryNames = await categoryNamesOf(db, communityId);
      return context.body(writeCalendar({ community: context.get("community"), events: [row], categoryNames }, context.get("now")), 200, {
        "Content-Type": CALENDAR_TYPE,
        "Content-Disposition": `attachment; filename="${id}.ics"`,
      });
    },
  );

  return routes;
}
