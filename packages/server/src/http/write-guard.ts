import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { rateLimiter } from "hono-rate-limiter";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { ProblemError, problemResponse } from "./problem.js";

/** How many writes residents may make in a minute: from one client to a community, and to a community in all. */
export interface WriteLimits {
  perClientPerMinute: number;
  perCommunityPerMinute: number;
  /** Behind a load balancer: take the client from X-Forwarded-For (its last entry, the one the proxy added). */
  trustProxy: boolean;
}

export const DEFAULT_WRITE_LIMITS: WriteLimits = { perClientPerMinute: 30, perCommunityPerMinute: 600, trustProxy: false };

/** A resident's write: not a read or a preflight, and without a management key (staff tools are not limited). */
function isResidentWrite(context: Context): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(context.req.method) && !context.req.header("Authorization");
}

function clientAddress(context: Context, trustProxy: boolean): string {
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

function limitFor(scope: "client" | "community", limit: number, key: (context: Context) => string): MiddlewareHandler {
  return rateLimiter({
    windowMs: 60_000,
    limit,
    standardHeaders: "draft-6",
    skip: (context) => !isResidentWrite(context),
    keyGenerator: key,
    handler: (context) => {
      const reset = Number(context.res.headers.get("RateLimit-Reset") ?? context.res.headers.get("Retry-After") ?? 60);
      context.header("Retry-After", String(reset));
      const detail = scope === "client" ? `At most ${limit} writes a minute from one client; try again in ${reset} s` : `The community takes at most ${limit} writes a minute; try again in ${reset} s`;
      return problemResponse(context, new ProblemError(429, "rate_limited", "Too many requests", detail, undefined, { retryAfter: reset }));
    },
  });
}

/**
 * What stands before every resident write to a community: it must come from
 * an origin the community allows (or none: the API's own pages, apps and
 * servers), and within the rate limits per client and per community. Reads
 * are open to everyone.
 */
export function writeGuard(db: Kysely<Database>, limits: WriteLimits): MiddlewareHandler[] {
  const community = (context: Context) => context.req.param("community") ?? "";
  const allowedOrigin: MiddlewareHandler = async (context, next) => {
    const origin = context.req.header("Origin");
    if (!isResidentWrite(context) || !origin || origin === new URL(context.req.url).origin) return next();
    const row = await db.selectFrom("communities").select("write_origins").where("id", "=", community(context)).executeTakeFirst();
    // An unknown community is the route's to answer (404).
    if (row && !(JSON.parse(row.write_origins) as string[]).includes(origin)) {
      return problemResponse(context, new ProblemError(403, "origin_not_allowed", "Origin not allowed", `${community(context)} does not take writes from pages on ${origin}`));
    }
    return next();
  };
  return [
    allowedOrigin,
    limitFor("client", limits.perClientPerMinute, (context) => `${community(context)}\u0000${clientAddress(context, limits.trustProxy)}`),
    limitFor("community", limits.perCommunityPerMinute, community),
  ];
}
