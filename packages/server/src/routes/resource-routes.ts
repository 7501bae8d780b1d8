import { AvailabilityQuery, ResourceListQuery, dayOf, plainDaysBetween } from "@community-kit/schema";
import { Hono } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import type { ApiEnv } from "../http/request-time.js";
import { ProblemError, validQuery } from "../http/problem.js";
import { availabilityOf, dayAfterRange } from "../resources/availability.js";
import { resourceFromRow } from "../resources/resource-row.js";
import { findCommunity } from "./communities.js";

/** Days one availability request may cover: a month's timeline at most. */
const MAX_DAYS = 31;


/** Public reads of rooms and equipment, and when they are free. */
export function resourceRoutes(db: Kysely<Database>): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  async function findResource(communityId: string, id: string) {
    const row = await db.selectFrom("resources").selectAll().where("community_id", "=", communityId).where("id", "=", id).executeTakeFirst();
    if (!row) throw new ProblemError(404, "resource_not_found", "Resource not found", `There is no room or equipment "${id}" in ${communityId}`);
    return resourceFromRow(row);
  }

  routes.get("/communities/:community/resources", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const query = validQuery(ResourceListQuery, context.req.query());
    let select = db.selectFrom("resources").selectAll().where("community_id", "=", community.id);
    if (query.kind) select = select.where("kind", "=", query.kind);
    const rows = await select.orderBy("position").orderBy("id").execute();
    return context.json({ items: rows.map(resourceFromRow), nextCursor: null });
  });

  routes.get("/communities/:community/resources/:id", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await findResource(community.id, context.req.param("id")));
  });

  routes.get("/communities/:community/resources/:id/availability", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const resource = await findResource(community.id, context.req.param("id"));
    const query = validQuery(AvailabilityQuery, context.req.query());
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
    return context.json(await availabilityOf(db, community.id, resource, from, to, context.get("now")));
  });

  return routes;
}
