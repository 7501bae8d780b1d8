import { PartnerListQuery } from "@community-kit/schema";
import { Hono } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import type { ApiEnv } from "../http/request-time.js";
import { validQuery } from "../http/problem.js";
import { findPartner, listPartners } from "../partners/list-partners.js";
import { partnersGeoJson } from "../partners/partner-row.js";
import { findCommunity } from "./communities.js";

/** Public reads of a community's partner units: as JSON, one with its events, and as GeoJSON for maps. */
export function partnerRoutes(db: Kysely<Database>): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.get("/communities/:community/partners", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const query = validQuery(PartnerListQuery, context.req.query());
    return context.json({ items: await listPartners(db, community.id, query.type), nextCursor: null });
  });

  routes.get("/communities/:community/partners.geojson", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const query = validQuery(PartnerListQuery, context.req.query());
    return context.body(JSON.stringify(partnersGeoJson(await listPartners(db, community.id, query.type))), 200, { "Content-Type": "application/geo+json" });
  });

  routes.get("/communities/:community/partners/:id", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await findPartner(db, community, context.req.param("id"), context.get("now")));
  });

  return routes;
}
