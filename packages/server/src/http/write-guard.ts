import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import type { Clock } from "@community-kit/schema";
import type { ApiEnv } from "./request-time.js";
import { type Store, rateLimiter } from "hono-rate-limiter";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { writeOrigins } from "../communities/write-origins.js";
import { ProblemError, problemResponse } from "./problem.js";
import { WHOLE_COMMUNITY, sharedWriteCounts, writeCountKey } from "./shared-write-counts.js";

/** How many writes residents may make in a minute: from one client to a community, and to a community in all. */
export interface WriteLimits {
  perClientPerMinute: number;
  perCommunityPerMinute: number;
  /** Behind a load balancer: take the client from X-Forwarded-For (its last entry, the one the proxy added). */
  trustProxy: boolean;
}

export const DEFAULT_WRITE_LIMITS: WriteLimits = { perClientPerMinute: 30, perCommunityPerMinute: 600, trustProxy: false };

/**
 * A resident's write: not a read or a preflight, and not made with a working
 * management key of the community written to, or in a session of its staff
 * (staff tools are not limited). Any other Authorization header, junk or
 * another community's key, is a resident's write like any other.
 */
function isResidentWrite(context: Context<ApiEnv>): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(context.req.method)) return false;
  const community = context.req.param("community");
  return context.get("keyHolder")?.communityId !== community && context.get("staff")?.communityId !== community;
}

/** The client that made a request: its address, or behind a trusted proxy the one the proxy names. */
export function clientAddress(context: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = context.req.header("X-Forwarded-For")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(context).remote.address ?? "unknown";
  } catch {
    // Not over a socket (app.request in a test): one client.
    return "unknown";
  }
}

function limitFor(scope: "client" | "community", limit: number, key: (context: Context<ApiEnv>) => string, store: Store<ApiEnv>): MiddlewareHandler<ApiEnv> {
  return rateLimiter({
    windowMs: 60_000,
    limit,
    standardHeaders: "draft-6",
    skip: (context) => !isResidentWrite(context),
    keyGenerator: key,
    store,
    handler: (context) => {
      const reset = Number(context.res.headers.get("RateLimit-Reset") ?? context.res.headers.get("Retry-After") ?? 60);
      context.header("Retry-After", String(reset));
      const detail =
        scope === "client"
          ? `At most ${limit} writes a minute from one client; try again in ${reset} s`
          : `The community takes at most ${limit} writes a minute; try again in ${reset} s`;
      return problemResponse(context, new ProblemError(429, "rate_limited", "Too many requests", detail, undefined, { retryAfter: reset }));
    },
  });
}

/**
 * What stands before every resident write to a community: it must come from
 * an origin the community allows (or none: the API's own pages, apps and
 * servers), and within the rate limits per client and per community, counted
 * in the database that all instances share. Reads are open to everyone.
 */
export function writeGuard(db: Kysely<Database>, limits: WriteLimits, clock: Clock): Array<MiddlewareHandler<ApiEnv>> {
  const community = (context: Context<ApiEnv>) => context.req.param("community") ?? "";
  const allowedOrigin: MiddlewareHandler<ApiEnv> = async (context, next) => {
    if (!isResidentWrite(context)) return next();
    // A write to no community is answered (404) before it is counted: counts are kept only for communities there are.
    const allowed = await writeOrigins(db, community(context));
    const origin = context.req.header("Origin");
    if (origin && origin !== new URL(context.req.url).origin && !allowed.includes(origin)) {
      return problemResponse(
        context,
        new ProblemError(403, "origin_not_allowed", "Origin not allowed", `${community(context)} does not take writes from pages on ${origin}`),
      );
    }
    return next();
  };
  const counts = sharedWriteCounts(db, clock);
  return [
    allowedOrigin,
    limitFor("client", limits.perClientPerMinute, (context) => writeCountKey(community(context), clientAddress(context, limits.trustProxy)), counts),
    limitFor("community", limits.perCommunityPerMinute, (context) => writeCountKey(community(context), WHOLE_COMMUNITY), counts),
  ];
}
