import type { ClientRateLimitInfo, Store } from "hono-rate-limiter";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database/tables.js";
import type { Clock } from "@community-kit/schema";
import type { ApiEnv } from "./request-time.js";

/** The client that stands for all of a community's clients. */
export const WHOLE_COMMUNITY = "*";

/** A rate limiter's key: the community, and the client within it. */
export const writeCountKey = (communityId: string, client: string) => `${communityId}\u0000${client}`;

/**
 * Counts residents' writes in the database, in windows of a fixed minute, so
 * that every server instance on one database counts the same writes: behind a
 * load balancer a limit is the limit, not the limit times the instances.
 * The minutes are the app's clock's, so that a test with the clock stopped
 * never sees a window turn over in the middle.
 */
export function sharedWriteCounts(db: Kysely<Database>, clock: Clock, windowMs = 60_000): Store<ApiEnv> {
  const split = (key: string) => {
    const [communityId = "", client = WHOLE_COMMUNITY] = key.split("\u0000");
    return { communityId, client };
  };
  const windowOf = (now: number) => Math.floor(now / windowMs) * windowMs;

  return {
    async increment(key: string): Promise<ClientRateLimitInfo> {
      const { communityId, client } = split(key);
      const now = clock.now().getTime();
      const start = windowOf(now);
      const { hits } = await db
        .insertInto("write_counts")
        .values({ community_id: communityId, client, window_start: new Date(start).toISOString(), hits: 1 })
        .onConflict((conflict) => conflict.columns(["community_id", "client", "window_start"]).doUpdateSet({ hits: sql`write_counts.hits + 1` }))
        .returning("hits")
        .executeTakeFirstOrThrow();
      // A community's first write of a minute clears its finished minutes.
      if (hits === 1 && client === WHOLE_COMMUNITY) {
        await db.deleteFrom("write_counts").where("community_id", "=", communityId).where("window_start", "<", new Date(start).toISOString()).execute();
      }
      // The rate limiter counts the seconds to the reset on the system's clock: the window's end, said on that clock.
      return { totalHits: hits, resetTime: new Date(Date.now() + (start + windowMs - now)) };
    },
    async decrement(key: string): Promise<void> {
      const { communityId, client } = split(key);
      await db
        .updateTable("write_counts")
        .set({ hits: sql`hits - 1` })
        .where("community_id", "=", communityId)
        .where("client", "=", client)
        .where("window_start", "=", new Date(windowOf(clock.now().getTime())).toISOString())
        .execute();
    },
    async resetKey(key: string): Promise<void> {
      const { communityId, client } = split(key);
      await db.deleteFrom("write_counts").where("community_id", "=", communityId).where("client", "=", client).execute();
    },
  };
}
