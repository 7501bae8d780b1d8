import type { MiddlewareHandler } from "hono";
import type { KeyHolder } from "../management/api-keys.js";
import type { StaffMember } from "../staff/staff-accounts.js";
import type { Clock } from "@community-kit/schema";

/**
 * What every API route may read from its context: the one instant the
 * request is handled at, and the holder of the working management key it
 * carries, if any (set by identifyKeyHolder), or the member of staff whose
 * session cookie it carries, and the session's token (set by identifyStaff).
 */
export interface ApiEnv {
  Variables: { now: Date; keyHolder?: KeyHolder; staff?: StaffMember; staffToken?: string };
}

/** Reads the clock once per request, so that every check and every row it writes agree on "now". */
export function requestTime(clock: Clock): MiddlewareHandler<ApiEnv> {
  return async (context, next) => {
    context.set("now", clock.now());
    await next();
  };
}
