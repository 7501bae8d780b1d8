import type { MiddlewareHandler } from "hono";
import type { Kysely } from "kysely";
import { documented, problemAnswer } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import { ProblemError, problemResponse } from "../http/problem.js";
import type { ApiEnv } from "../http/request-time.js";
import { holderOfKey } from "./api-keys.js";
import { recordAudit } from "./audit-log.js";

/**
 * Looks up the management key a request carries (`Authorization: Bearer`),
 * once, for everything after it: the write guard, which lets only a working
 * key of the community past the residents' limits, and requireKey.
 */
export function identifyKeyHolder(db: Kysely<Database>): MiddlewareHandler<ApiEnv> {
  return async (context, next) => {
    const key = /^Bearer\s+(\S+)$/i.exec(context.req.header("Authorization") ?? "")?.[1];
    const holder = key ? await holderOfKey(db, key, context.get("now")) : undefined;
    if (holder) context.set("keyHolder", holder);
    await next();
  };
}

/**
 * Lets a request through only with a working key of the community in the
 * path (found by identifyKeyHolder): 401 without one (or with a revoked
 * one), 403 with another community's, both problem+json. What a key does is
 * written to the community's audit log. The document says so of each
 * operation it stands before.
 */
export function requireKey(db: Kysely<Database>): MiddlewareHandler<ApiEnv> {
  const middleware: MiddlewareHandler<ApiEnv> = async (context, next) => {
    const holder = context.get("keyHolder");
    if (!holder) {
      context.header("WWW-Authenticate", 'Bearer realm="community-kit"');
      return problemResponse(
        context,
        new ProblemError(401, "unauthorized", "API key needed", "Send a management key of this community as Authorization: Bearer <key>"),
      );
    }
    if (holder.communityId !== context.req.param("community")) {
      return problemResponse(context, new ProblemError(403, "forbidden", "Not this community's key", "This key manages another community"));
    }
    await next();
    await recordAudit(db, holder, { method: context.req.method, path: new URL(context.req.url).pathname, status: context.res.status }, context.get("now"));
  };
  return documented(middleware, () => ({
    security: [{ communityKey: [] }],
    responses: { 401: problemAnswer("No valid API key (unauthorized)"), 403: problemAnswer("The key is another community's (forbidden)") },
  }));
}
