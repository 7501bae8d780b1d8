import type { Partner, PartnerUpdate, PartnerWrite } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type * as z from "zod/mini";
import type { Database, CommunityRow } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";
import { partnerColumns, partnerFromRow, partnerRow } from "../partners/partner-row.js";

const notFound = (id: string, communityId: string) =>
  new ProblemError(404, "partner_not_found", "Partner not found", `There is no partner "${id}" in ${communityId}`);

async function readPartner(db: Kysely<Database>, communityId: string, id: string): Promise<Partner> {
  const row = await db.selectFrom("partners").selectAll().where("community_id", "=", communityId).where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(id, communityId);
  return partnerFromRow(row);
}

/** Adds a partner; its address and WGS-84 coordinates are checked by the schema (and the table). */
export async function createPartner(db: Kysely<Database>, community: CommunityRow, partner: z.output<typeof PartnerWrite>, now: Date): Promise<Partner> {
  const position = await db
    .selectFrom("partners")
    .select((expression) => expression.fn.countAll<number>().as("count"))
    .where("community_id", "=", community.id)
    .executeTakeFirstOrThrow();
  const inserted = await db
    .insertInto("partners")
    .values(partnerRow(community.id, partner, Number(position.count), now))
    .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
    .executeTakeFirst();
  if (!Number(inserted.numInsertedOrUpdatedRows ?? 0))
    throw new ProblemError(409, "partner_exists", "Already exists", `There is already a partner "${partner.id}"`);
  return readPartner(db, community.id, partner.id);
}

export async function updatePartner(
  db: Kysely<Database>,
  community: CommunityRow,
  id: string,
  changes: z.output<typeof PartnerUpdate>,
  now: Date,
): Promise<Partner> {
  const result = await db
    .updateTable("partners")
    .set({ ...partnerColumns(changes), updated_at: now.toISOString() })
    .where("community_id", "=", community.id)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!Number(result.numUpdatedRows)) throw notFound(id, community.id);
  return readPartner(db, community.id, id);
}

export async function deletePartner(db: Kysely<Database>, community: CommunityRow, id: string): Promise<void> {
  const result = await db.deleteFrom("partners").where("community_id", "=", community.id).where("id", "=", id).executeTakeFirst();
  if (!Number(result.numDeletedRows)) throw notFound(id, community.id);
}
