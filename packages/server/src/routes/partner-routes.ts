import { Page, Partner, PartnerDetail, PartnerListQuery } from "@community-kit/schema";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Kysely } from "kysely";
import { fileAnswer, jsonAnswer, pathId, problemAnswer, slug } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import { validQuery } from "../http/validation.js";
import { findPartner, listPartners } from "../partners/list-partners.js";
import { partnersGeoJson } from "../partners/partner-row.js";
import { type CommunityEnv, inCommunity } from "./communities.js";

/** Public reads of a community's partner units: as JSON, one with its events, and as GeoJSON for maps. */
export function partnerRoutes(db: Kysely<Database>): Hono<CommunityEnv> {
  const routes = new Hono<CommunityEnv>();
  const community = inCommunity(db);

  routes.get(
    "/communities/:community/partners",
    describeRoute({
      operationId: "listPartners",
      summary: "The community's co-building partners (党建联建单位), in its own order, with WGS-84 locations",
      responses: { 200: jsonAnswer("The partners", Page(Partner)), 400: problemAnswer("An unknown type (invalid_parameter)") },
    }),
    community,
    validQuery(PartnerListQuery),
    async (context) => context.json({ items: await listPartners(db, context.get("community").id, context.req.valid("query").type), nextCursor: null }),
  );

  routes.get(
    "/communities/:community/partners.geojson",
    describeRoute({
      operationId: "getPartnersGeoJson",
      summary: "The partners as a GeoJSON FeatureCollection (RFC 7946): points [longitude, latitude] in WGS-84, name, type, address and services as properties",
      responses: {
        200: fileAnswer("The FeatureCollection", "application/geo+json", { type: "object" }),
        400: problemAnswer("An unknown type (invalid_parameter)"),
      },
    }),
    community,
    validQuery(PartnerListQuery),
    async (context) => {
      const partners = await listPartners(db, context.get("community").id, context.req.valid("query").type);
      return context.body(JSON.stringify(partnersGeoJson(partners)), 200, { "Content-Type": "application/geo+json" });
    },
  );

  routes.get(
    "/communities/:community/partners/:id",
    describeRoute({
      operationId: "getPartner",
      summary: "One partner with the events it co-organises in the next 90 days",
      parameters: [pathId("The partner's id", "id", slug())],
      responses: { 200: jsonAnswer("The partner", PartnerDetail), 404: problemAnswer("No such partner (partner_not_found)") },
    }),
    community,
    async (context) => context.json(await findPartner(db, context.get("community"), context.req.param("id"), context.get("now"))),
  );

  return routes;
}
