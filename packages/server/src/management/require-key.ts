import type { MiddlewareHandler } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { ProblemError, problemResponse } from "../http/problem.js";
import { communityOfKey } from "./api-keys.js";

/**
 * Lets a request through only with `Authorization: Bearer` and a key of the
 * community in the path: 401 without a valid key, 403 with another
 * community's, both problem+json.
 */
export function requireKey(db: Kysely<Database>): MiddlewareHandler {
  return async (context, next) => {
    const header = context.req.header("Authorization") ?? "";
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const owner = key ? await communityOfKey(db, key) : undefined;
    if (!owner) {
      context.header("WWW-Authenticate", 'Bearer realm="community-kit"');
      return problemResponse(context, new ProblemError(401, "unauthorized", "API key needed", "Send a management key of this community as Authorization: Bearer <key>"));
    }
    if (owner !== context.req.param("community")) {
      return problemResponse(context, new ProblemError(403, "forbidden", "Not this community's key", "This key manages another community"));
    }
    await next();
  };
}
