import type { MiddlewareHandler } from "hono";
import type { Kysely } from "kysely";
import { documented, problemAnswer } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import { ProblemError, problemResponse } from "../http/problem.js";
import type { ApiEnv } from "../http/request-time.js";
import type { StaffRole } from "@community-kit/schema";
import type { StaffMember } from "../staff/staff-accounts.js";
import { type KeyHolder, holderOfKey } from "./api-keys.js";
import { auditRequest } from "./audit-log.js";

/**
 * Looks up the management key a request carries (`Authorization: Bearer`),
 * once, for everything after it: the write guard, which lets only a working
 * key of the community past the residents' limits, and requireManager.
 */
export function identifyKeyHolder(db: Kysely<Database>): MiddlewareHandler<ApiEnv> {
  return async (context, next) => {
    const key = /^Bearer\s+(\S+)$/i.exec(context.req.header("Authorization") ?? "")?.[1];
    const holder = key ? await holderOfKey(db, key, context.get("now")) : undefined;
    if (holder) context.set("keyHolder", holder);
    await next();
  };
}

/** What a part of the management API is about, and so which roles may use it. */
export type ManagementArea = "events" | "registrations" | "rooms" | "bookings" | "volunteers" | "partners" | "calendar" | "notices" | "settings";

/**
 * What each role may manage (issue 22): an admin everything, settings included (staff, keys, the
 * audit log, personal data); an editor what residents read about (events, rooms and equipment,
 * partners, the official days); a coordinator the people (registrations and check-in, booking
 * approvals, volunteers and their hours, and the notices residents are sent).
 */
const ROLE_AREAS: Record<StaffRole, ReadonlySet<ManagementArea>> = {
  admin: new Set(["events", "registrations", "rooms", "bookings", "volunteers", "partners", "calendar", "notices", "settings"]),
  editor: new Set(["events", "rooms", "partners", "calendar"]),
  coordinator: new Set(["registrations", "bookings", "volunteers", "notices"]),
};

/** The document's word for "a key, or a session": either one of the security schemes. */
const EITHER_KEY_OR_SESSION: Array<Record<string, string[]>> = [{ communityKey: [] }, { staffSession: [] }];

/** A member of staff as the audit log names them, beside the keys. */
export const staffHolder = (member: StaffMember): KeyHolder => ({ communityId: member.communityId, keyId: `staff:${member.staffId}`, label: member.name });

/**
 * Lets a request about `area` through only with a working key of the community in the path (found
 * by identifyKeyHolder), or the session of a member of its staff whose role covers the area and who
 * has changed their one-time password (found by identifyStaff): 401 with neither, 403 with another
 * community's key or staff, or a role that does not cover it; problem+json. What a key or a member
 * of staff does is written to the community's audit log. The document says so of each operation.
 */
export function requireManager(db: Kysely<Database>): (area: ManagementArea) => MiddlewareHandler<ApiEnv> {
  return (area) => {
    const middleware: MiddlewareHandler<ApiEnv> = async (context, next) => {
      const community = context.req.param("community");
      const key = context.get("keyHolder");
      const member = key ? undefined : context.get("staff");
      if (!key && !member) {
        context.header("WWW-Authenticate", 'Bearer realm="community-kit"');
        return problemResponse(
          context,
          new ProblemError(
            401,
            "unauthorized",
            "Sign-in or API key needed",
            "Sign in to the console, or send a management key of this community as Authorization: Bearer <key>",
          ),
        );
      }
      if ((key ?? member)!.communityId !== community) {
        return problemResponse(context, new ProblemError(403, "forbidden", "Another community's", "This key or account manages another community"));
      }
      if (member?.mustChangePassword) {
        return problemResponse(
          context,
          new ProblemError(403, "password_change_required", "Change the password first", "The one-time password must be changed (PUT /v1/staff/password)"),
        );
      }
      if (member && !ROLE_AREAS[member.role].has(area)) {
        return problemResponse(context, new ProblemError(403, "forbidden", "Not this role's", `A ${member.role} does not manage ${area}`));
      }
      await next();
      await auditRequest(db, key ?? staffHolder(member!), context, context.res.status);
    };
    return documented(middleware, () => ({
      security: EITHER_KEY_OR_SESSION,
      responses: {
        401: problemAnswer("No valid API key and no staff session (unauthorized)"),
        403: problemAnswer(
          `The key or account is another community's, or the role does not manage ${area} (forbidden), or the one-time password is not yet changed (password_change_required)`,
        ),
      },
    }));
  };
}
