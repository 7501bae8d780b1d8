import { type Community, formatInstantIn } from "@community-kit/schema";
import type { MiddlewareHandler } from "hono";
import type { Kysely } from "kysely";
import { documented, slug } from "../api-document/describe.js";
import { communityFromRow } from "../communities/community-row.js";
import { officialDays } from "../communities/official-days.js";
import type { Database, CommunityRow } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";
import type { ApiEnv } from "../http/request-time.js";

/** What a route under /communities/:community reads from its context: the community, found once (inCommunity). */
export interface CommunityEnv extends ApiEnv {
  Variables: ApiEnv["Variables"] & { community: CommunityRow };
}

/** Finds the path's community for the handlers after it, 404 when there is none, and names the parameter in the document. */
export function inCommunity(db: Kysely<Database>): MiddlewareHandler<CommunityEnv> {
  const middleware: MiddlewareHandler<CommunityEnv> = async (context, next) => {
    context.set("community", await findCommunity(db, context.req.param("community") ?? ""));
    await next();
  };
  return documented(middleware, () => ({
    parameters: [{ name: "community", in: "path", required: true, description: "The community's id, e.g. taihe", schema: slug() }],
  }));
}

export async function findCommunity(db: Kysely<Database>, id: string): Promise<CommunityRow> {
  const community = await db.selectFrom("communities").selectAll().where("id", "=", id).executeTakeFirst();
  if (!community) {
    throw new ProblemError(404, "community_not_found", "Community not found", `There is no community "${id}"`);
  }
  return community;
}

/** The community as residents read it, with its categories and the official days set from last year (in its zone) on. */
export async function communityWithCategories(db: Kysely<Database>, community: CommunityRow, now: Date): Promise<Community> {
  const categories = await db.selectFrom("categories").select(["id", "name", "color"]).where("community_id", "=", community.id).orderBy("position").execute();
  const lastYear = Number(formatInstantIn(now, community.timezone).slice(0, 4)) - 1;
  const days = await officialDays(db, community.id, { from: lastYear });
  return { ...communityFromRow(community, categories), ...(days.length ? { officialDays: days } : {}) };
}
