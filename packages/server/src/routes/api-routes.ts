import { Community, Event, EventListQuery, type Page } from "@community-kit/schema";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Kysely } from "kysely";
import { EventPage } from "../api-document/components.js";
import { cachedAnswer, pathId, problemAnswer, slug } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import { eventFromRow } from "../events/event-row.js";
import { listEvents } from "../events/list-events.js";
import { findEventRow } from "../events/occurrences.js";
import { ProblemError } from "../http/problem.js";
import { validQuery } from "../http/validation.js";
import { type CommunityEnv, communityWithCategories, inCommunity } from "./communities.js";

/** Public reads under /v1: a community, its events, one event. */
export function apiRoutes(db: Kysely<Database>): Hono<CommunityEnv> {
  const api = new Hono<CommunityEnv>();
  const community = inCommunity(db);

  api.get(
    "/communities/:community",
    describeRoute({
      operationId: "getCommunity",
      summary: "A community, with its time zone, locale and event categories",
      responses: { 200: cachedAnswer("The community", Community) },
    }),
    community,
    async (context) => context.json(await communityWithCategories(db, context.get("community"), context.get("now"))),
  );

  api.get(
    "/communities/:community/events",
    describeRoute({
      operationId: "listEvents",
      summary: "Events overlapping a range, in start order, a page at a time",
      responses: {
        200: cachedAnswer("A page of events", EventPage),
        400: problemAnswer("A query parameter is malformed (invalid_parameter), named in errors[]"),
      },
    }),
    community,
    validQuery(EventListQuery),
    async (context) => {
      const { rows, nextCursor } = await listEvents(db, context.get("community"), context.req.valid("query"));
      const page: Page<Event> = { items: rows.map((row) => eventFromRow(row, context.get("now"))), nextCursor };
      return context.json(page);
    },
  );

  api.get(
    "/communities/:community/events/:id",
    describeRoute({
      operationId: "getEvent",
      summary: "One event, or one occurrence of a recurring event (its id names the series and the date: tai-chi-20261124t0900)",
      parameters: [pathId("The event's id", "id", slug())],
      responses: {
        200: cachedAnswer("The event", Event),
        404: problemAnswer("No such community or event (community_not_found, event_not_found)"),
      },
    }),
    community,
    async (context) => {
      const { id: communityId } = context.get("community");
      const id = context.req.param("id");
      const row = await findEventRow(db, communityId, id);
      if (!row) throw new ProblemError(404, "event_not_found", "Event not found", `There is no event "${id}" in ${communityId}`);
      return context.json(eventFromRow(row, context.get("now")));
    },
  );

  return api;
}
