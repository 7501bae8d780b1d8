import { daysAfter, type Partner, type PartnerDetail, PartnerType } from "@community-kit/schema";
import type { Kysely } from "kysely";
import * as z from "zod/mini";
import type { Database, CommunityRow } from "../database/tables.js";
import { eventFromRow } from "../events/event-row.js";
import { listEvents } from "../events/list-events.js";
import { ProblemError, invalidParameters } from "../http/problem.js";
import { partnerFromRow } from "./partner-row.js";

/** How far ahead a partner's co-organised events are listed, and how many. */
const EVENT_DAYS = 90;
const EVENT_LIMIT = 20;

/** The community's partners, of the types asked (comma-separated) or all, in the community's own order. */
export async function listPartners(db: Kysely<Database>, communityId: string, types?: string): Promise<Partner[]> {
  let select = db.selectFrom("partners").selectAll().where("community_id", "=", communityId);
  if (types) {
    const asked = types.split(",");
    const unknown = asked.filter((type) => !z.safeParse(PartnerType, type).success);
    if (unknown.length)
      throw invalidParameters([
        { field: "type", code: "invalid_value", message: `Unknown type ${unknown.join(", ")}; one of ${PartnerType.options.join(", ")}` },
      ]);
    select = select.where("type", "in", asked as Partner["type"][]);
  }
  return (await select.orderBy("position").orderBy("id").execute()).map(partnerFromRow);
}

/** One partner with the events it co-organises in the next 90 days (the events' organiser is its name). */
export async function findPartner(db: Kysely<Database>, community: CommunityRow, id: string, now: Date): Promise<PartnerDetail> {
  const row = await db.selectFrom("partners").selectAll().where("community_id", "=", community.id).where("id", "=", id).executeTakeFirst();
  if (!row) throw new ProblemError(404, "partner_not_found", "Partner not found", `There is no partner "${id}" in ${community.id}`);
  const { rows } = await listEvents(db, community, {
    from: now.toISOString(),
    to: daysAfter(now, EVENT_DAYS).toISOString(),
    organizer: row.name,
    limit: EVENT_LIMIT,
  });
  return { ...partnerFromRow(row), events: rows.map((event) => eventFromRow(event, now)) };
}
