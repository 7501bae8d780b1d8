import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { ProblemError, problemResponse } from "../http/problem.js";
import type { ApiEnv } from "../http/request-time.js";
import { memberOfSession } from "./staff-sessions.js";

/** The session cookie: HttpOnly, SameSite=Strict, Secure over https, for the whole origin (the console at /admin/ calls /v1/). */
export const STAFF_COOKIE = "ck_staff";

/** Whether the request reached the server over https: itself, or a trusted proxy in front that says so. */
export const overHttps = (context: Context, trustProxy: boolean) =>
  new URL(context.req.url).protocol === "https:" || (trustProxy && context.req.header("X-Forwarded-Proto") === "https");

/**
 * A write that a page on another site made a browser send: its Origin is not the server's own. A
 * request with no Origin and no Sec-Fetch-Site comes from no browser (curl, a script), which sends
 * no one's cookie but its own.
 */
function crossSite(context: Context): boolean {
  const origin = context.req.header("Origin");
  const site = context.req.header("Sec-Fetch-Site");
  if (!origin) return site !== undefined && site !== "same-origin";
  const host = context.req.header("X-Forwarded-Host") ?? context.req.header("Host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Finds the member of staff whose session cookie a request carries, once, for everything after it;
 * refuses a write that carries the cookie, or signs in, from another site (CSRF): SameSite=Strict
 * keeps the cookie from such a request in today's browsers, and this check keeps it in older ones.
 */
export function identifyStaff(db: Kysely<Database>): MiddlewareHandler<ApiEnv> {
  return async (context, next) => {
    const token = getCookie(context, STAFF_COOKIE);
    const write = !["GET", "HEAD", "OPTIONS"].includes(context.req.method);
    if (write && (token || context.req.path.startsWith("/v1/staff/")) && crossSite(context)) {
      return problemResponse(context, new ProblemError(403, "forbidden", "Cross-site request", "Staff writes are taken only from the console's own origin"));
    }
    const member = token ? await memberOfSession(db, token, context.get("now")) : undefined;
    if (member) {
      context.set("staff", member);
      context.set("staffToken", token);
    }
    await next();
  };
}
