import type { MiddlewareHandler } from "hono";
import type { ApiEnv } from "../http/request-time.js";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { ProblemError, problemResponse } from "../http/problem.js";
import { holderOfKey } from "./api-keys.js";
import { recordAudit } from "./audit-log.js";

/**
 * Lets a request through only with `Authorization: Bearer` and a working key
 * of the community in the path: 401 without one (or with a revoked one), 403
 * with another community's, both problem+json. What a key does is written to
 * the community's audit log.
 */
export function requireKey(db: Kysely<Database>): MiddlewareHandler<ApiEnv> {
  return async (context, next) => {
    const header = context.req.header("Authorization") ?? "";
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const holder = key ? await holderOfKey(db, key, context.get("now")) : undefined;
    if (!holder) {
      context.header("WWW-Authenticate", 'Bearer realm="community-kit"');
      return problemResponse(context, new ProblemError(401, "unauthorized", "API key needed", "Send a management key of this community as Authorization: Bearer <key>"));
    }
    if (holder.communityId !== context.req.param("community")) {
      return problemResponse(context, new ProblemError(403, "forbidden", "Not this community's key", "This key manages another community"));
    }
    await next();
    await recordAudit(db, holder, { method: context.req.method, path: new URL(context.req.url).pathname, status: context.res.status }, context.get("now"));
  };
}
