import { Availability, AvailabilityQuery, Page, Resource, ResourceListQuery, dayOf, plainDaysBetween } from "@community-kit/schema";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Kysely } from "kysely";
import { cachedAnswer, jsonAnswer, pathId, problemAnswer, slug } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";
import { validQuery } from "../http/validation.js";
import { availabilityOf, dayAfterRange } from "../resources/availability.js";
import { resourceFromRow } from "../resources/resource-row.js";
import { type CommunityEnv, inCommunity } from "./communities.js";

/** Days one availability request may cover: a month's timeline at most. */
const MAX_DAYS = 31;

/** Public reads of rooms and equipment, and when they are free. */
export function resourceRoutes(db: Kysely<Database>): Hono<CommunityEnv> {
  const routes = new Hono<CommunityEnv>();
  const community = inCommunity(db);

  async function findResource(communityId: string, id: string) {
    const row = await db.selectFrom("resources").selectAll().where("community_id", "=", communityId).where("id", "=", id).executeTakeFirst();
    if (!row) throw new ProblemError(404, "resource_not_found", "Resource not found", `There is no room or equipment "${id}" in ${communityId}`);
    return resourceFromRow(row);
  }

  routes.get(
    "/communities/:community/resources",
    describeRoute({
      operationId: "listResources",
      summary: "The community's rooms and equipment, with their hours and booking rules",
      responses: { 200: jsonAnswer("The resources", Page(Resource)) },
    }),
    community,
    validQuery(ResourceListQuery),
    async (context) => {
      const { kind } = context.req.valid("query");
      let select = db.selectFrom("resources").selectAll().where("community_id", "=", context.get("community").id);
      if (kind) select = select.where("kind", "=", kind);
      const rows = await select.orderBy("position").orderBy("id").execute();
      return context.json({ items: rows.map(resourceFromRow), nextCursor: null });
    },
  );

  routes.get(
    "/communities/:community/resources/:id",
    describeRoute({
      operationId: "getResource",
      summary: "One room or piece of equipment",
      parameters: [pathId("The resource's id", "id", slug())],
      responses: { 200: cachedAnswer("The resource", Resource), 404: problemAnswer("No such community or resource (resource_not_found)") },
    }),
    community,
    async (context) => context.json(await findResource(context.get("community").id, context.req.param("id"))),
  );

  routes.get(
    "/communities/:community/resources/:id/availability",
    describeRoute({
      operationId: "getAvailability",
      summary: "Each slot of the days asked, free, busy or not bookable (never whose booking); at most 31 days",
      parameters: [pathId("The resource's id", "id", slug())],
      responses: {
        200: jsonAnswer("The slots", Availability),
        400: problemAnswer("A malformed day or a range over 31 days (invalid_parameter)"),
        404: problemAnswer("No such resource"),
      },
    }),
    community,
    // from: the first day (default today in the resource's zone); to: the day after the last (default from + 1).
    validQuery(AvailabilityQuery),
    async (context) => {
      const { id: communityId } = context.get("community");
      const resource = await findResource(communityId, context.req.param("id"));
      const query = context.req.valid("query");
      const from = query.from ?? dayOf(context.get("now"), resource.timezone);
      const to = query.to ?? dayAfterRange(from, "from");
      const days = plainDaysBetween(from, to);
      if (days < 1 || days > MAX_DAYS) {
        throw new ProblemError(400, "invalid_parameter", "Invalid query parameter", "Check to", [
          { field: "to", code: "invalid_range", message: `to must be 1 to ${MAX_DAYS} days after from` },
        ]);
      }
      // Availability changes with every booking: revalidated each time, never served stale.
      context.header("Cache-Control", "no-cache");
      return context.json(await availabilityOf(db, communityId, resource, from, to, context.get("now")));
    },
  );

  return routes;
}
