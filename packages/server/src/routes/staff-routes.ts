import { PasswordChange, StaffSession, StaffSignIn } from "@community-kit/schema";
import { type Context, Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { describeRoute } from "hono-openapi";
import type { Kysely } from "kysely";
import { jsonAnswer, problemAnswer } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";
import type { ApiEnv } from "../http/request-time.js";
import { validJson } from "../http/validation.js";
import { clientAddress } from "../http/write-guard.js";
import { auditRequest } from "../management/audit-log.js";
import { staffHolder } from "../management/require-manager.js";
import { STAFF_COOKIE, overHttps } from "../staff/identify-staff.js";
import { passwordMatches } from "../staff/passwords.js";
import { clearAccountFailures, countSignInFailure, signInSubjects, signInWait } from "../staff/sign-in-limits.js";
import { type StaffMember, findStaff, memberOf, setPassword } from "../staff/staff-accounts.js";
import { SESSION_MAX_MS, endSession, endSessionsOf, startSession } from "../staff/staff-sessions.js";

const sessionOf = (member: StaffMember): StaffSession => ({
  community: member.communityId,
  name: member.name,
  role: member.role,
  mustChangePassword: member.mustChangePassword,
});

/** The same answer for a wrong name, a wrong password and a community that does not exist. */
const WRONG = new ProblemError(401, "invalid_credentials", "Wrong name or password", "The name, the password or the community is not right");

function tooManyTries(context: Context, seconds: number): ProblemError {
  context.header("Retry-After", String(seconds));
  return new ProblemError(429, "too_many_attempts", "Too many failed sign-ins", `Try again in ${Math.ceil(seconds / 60)} minutes`, undefined, {
    retryAfter: seconds,
  });
}

/** The signed-in member of staff, or a 401. */
function signedIn(context: Context<ApiEnv>): StaffMember {
  const member = context.get("staff");
  if (!member) throw new ProblemError(401, "unauthorized", "Not signed in", "Sign in at POST /v1/staff/session");
  return member;
}

/**
 * Staff sign in as themselves (issue 22): a session in an HttpOnly, SameSite=Strict cookie, held in
 * the database so that every instance knows it. Failed sign-ins are counted per account and per
 * address; the answers never say whether an account exists.
 */
export function staffRoutes(db: Kysely<Database>, options: { trustProxy: boolean }): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  const cookie = (context: Context, token: string) =>
    setCookie(context, STAFF_COOKIE, token, {
      httpOnly: true,
      sameSite: "Strict",
      secure: overHttps(context, options.trustProxy),
      path: "/",
      maxAge: SESSION_MAX_MS / 1000,
    });

  /**
   * The working account `name` of `community` when `password` is its own; else the failure is
   * counted against the account and the address, and the answer is the one for every wrong try.
   * With the account's or the address's failures used up, even the right password waits.
   */
  const checkPassword = async (context: Context<ApiEnv>, community: string, name: string, password: string) => {
    const now = context.get("now");
    const subjects = signInSubjects(community, name, clientAddress(context, options.trustProxy));
    const wait = await signInWait(db, subjects, now);
    if (wait) throw tooManyTries(context, wait);
    const account = await findStaff(db, community, name);
    if (!(await passwordMatches(account?.password_hash, password)) || !account) {
      await countSignInFailure(db, community, subjects, now);
      throw WRONG;
    }
    return { account, subjects };
  };

  routes.post(
    "/staff/session",
    describeRoute({
      operationId: "signIn",
      summary: "Sign a member of staff in: sets the session cookie",
      responses: {
        200: jsonAnswer("Signed in: who, in which community, with which role", StaffSession),
        400: problemAnswer("The body is not a sign-in, named in errors[] (invalid_body)"),
        401: problemAnswer("Wrong name, password or community, said alike (invalid_credentials)"),
        403: problemAnswer("Sent from a page on another site (forbidden)"),
        429: problemAnswer("Five failures to the account, or twenty from the address, within 15 minutes (too_many_attempts); Retry-After says when"),
      },
    }),
    validJson(StaffSignIn),
    async (context) => {
      const { community, name, password } = context.req.valid("json");
      const { account, subjects } = await checkPassword(context, community, name, password);
      await clearAccountFailures(db, subjects);
      const member = memberOf(community, account);
      cookie(context, await startSession(db, member, context.get("now")));
      await auditRequest(db, staffHolder(member), context, 200);
      context.header("Cache-Control", "no-store");
      return context.json(sessionOf(member));
    },
  );

  routes.get(
    "/staff/session",
    describeRoute({
      operationId: "whoIsSignedIn",
      summary: "The member of staff the session cookie signs in",
      responses: { 200: jsonAnswer("Signed in", StaffSession), 401: problemAnswer("No session, or one that has ended (unauthorized)") },
    }),
    (context) => {
      context.header("Cache-Control", "no-store");
      return context.json(sessionOf(signedIn(context)));
    },
  );

  routes.delete(
    "/staff/session",
    describeRoute({ operationId: "signOut", summary: "End the session and clear its cookie", responses: { 204: { description: "Signed out" } } }),
    async (context) => {
      const token = context.get("staffToken");
      const member = context.get("staff");
      if (token && member) {
        await endSession(db, token, context.get("now"));
        await auditRequest(db, staffHolder(member), context, 204);
      }
      deleteCookie(context, STAFF_COOKIE, { path: "/", secure: overHttps(context, options.trustProxy) });
      return context.body(null, 204);
    },
  );

  routes.put(
    "/staff/password",
    describeRoute({
      operationId: "changePassword",
      summary: "Change the signed-in member's password (the first sign-in's one-time password must be): the account's other sessions end",
      responses: {
        200: jsonAnswer("Changed", StaffSession),
        400: problemAnswer("The new password is shorter than 12 characters, named in errors[] (invalid_body)"),
        401: problemAnswer("Not signed in (unauthorized), or the password now is wrong (invalid_credentials)"),
        429: problemAnswer("Too many wrong passwords for the account within 15 minutes (too_many_attempts)"),
      },
    }),
    validJson(PasswordChange),
    async (context) => {
      const member = signedIn(context);
      const { current, next } = context.req.valid("json");
      await checkPassword(context, member.communityId, member.name, current);
      await setPassword(db, member, next);
      await endSessionsOf(db, member, context.get("now"), context.get("staffToken"));
      await auditRequest(db, staffHolder(member), context, 200);
      return context.json(sessionOf({ ...member, mustChangePassword: false }));
    },
  );

  return routes;
}
