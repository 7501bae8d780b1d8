import type { Community } from "@community-kit/schema";
import type { Kysely, Selectable } from "kysely";
import { communityFromRow } from "../communities/community-row.js";
import type { CommunityTable, Database } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";

export async function findCommunity(db: Kysely<Database>, id: string): Promise<Selectable<CommunityTable>> {
  const community = await db.selectFrom("communities").selectAll().where("id", "=", id).executeTakeFirst();
  if (!community) {
    throw new ProblemError(404, "community_not_found", "Community not found", `There is no community "${id}"`);
  }
  return community;
}

export async function communityWithCategories(db: Kysely<Database>, community: Selectable<CommunityTable>): Promise<Community> {
  const categories = await db
    .selectFrom("categories")
    .select(["id", "name", "color"])
    .where("community_id", "=", community.id)
    .orderBy("position")
    .execute();
  return communityFromRow(community, categories);
}
