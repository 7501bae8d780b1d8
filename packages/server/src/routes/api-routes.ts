import { EventListQuery, type Page, type Event } from "@community-kit/schema";
import { createOpenApiDocument } from "@community-kit/schema/openapi";
import { Hono } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import type { ApiEnv } from "../http/request-time.js";
import { eventFromRow } from "../events/event-row.js";
import { listEvents } from "../events/list-events.js";
import { findEventRow } from "../events/occurrences.js";
import { ProblemError, validQuery } from "../http/problem.js";
import { communityWithCategories, findCommunity } from "./communities.js";

/** Public reads under /v1. */
export function apiRoutes(db: Kysely<Database>): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  const openApiDocument = createOpenApiDocument();

  api.get("/openapi.json", (context) => context.json(openApiDocument));

  api.get("/communities/:community", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await communityWithCategories(db, community));
  });

  api.get("/communities/:community/events", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const { rows, nextCursor } = await listEvents(db, community, validQuery(EventListQuery, context.req.query()));
    const page: Page<Event> = { items: rows.map((row) => eventFromRow(row, context.get("now"))), nextCursor };
    return context.json(page);
  });

  api.get("/communities/:community/events/:id", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const id = context.req.param("id");
    const row = await findEventRow(db, community.id, id);
    if (!row) throw new ProblemError(404, "event_not_found", "Event not found", `There is no event "${id}" in ${community.id}`);
    return context.json(eventFromRow(row, context.get("now")));
  });

  return api;
}
