import { Opportunity, OpportunityListQuery, Page, SignupCheck, SignupRequest, SignupResult } from "@community-kit/schema";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { describeRoute } from "hono-openapi";
import type { Kysely } from "kysely";
import { fileAnswer, jsonAnswer, pathId, problemAnswer, slug } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import { cancelToken } from "../http/cancel-token.js";
import { createdAnswer, idempotencyKey } from "../http/idempotency.js";
import { ProblemError, problemOf } from "../http/problem.js";
import { validJson, validQuery } from "../http/validation.js";
import { writeShiftCalendar } from "../ical/write-shift.js";
import { findShift, listOpportunities } from "../volunteers/list-opportunities.js";
import { type SignupRefusal, type SignupTokenRefusal, cancelSignup, checkSignup, signUp } from "../volunteers/sign-up.js";
import { type CommunityEnv, inCommunity } from "./communities.js";

/** The status of each refusal of a sign-up, and of looking it up or cancelling it with its token. */
const REFUSED: Record<SignupRefusal | SignupTokenRefusal, ContentfulStatusCode> = {
  invalid_body: 400,
  invalid_cancel_token: 403,
  shift_not_found: 404,
  signup_not_found: 404,
  shift_started: 409,
  duplicate_signup: 409,
  overlapping_signup: 409,
  idempotency_key_reused: 422,
};

/** Volunteering: opportunities and their shifts with counts (public), and volunteers' sign-ups and cancels. */
export function volunteerRoutes(db: Kysely<Database>): Hono<CommunityEnv> {
  const routes = new Hono<CommunityEnv>();
  const community = inCommunity(db);

  routes.get(
    "/communities/:community/opportunities",
    describeRoute({
      operationId: "listOpportunities",
      summary:
        "Opportunities to volunteer with their shifts in the range (default from now, 8 weeks; at most 92 days), filled and waitlisted counts; never who, but the masked names of volunteers who chose to be shown",
      responses: { 200: jsonAnswer("The opportunities", Page(Opportunity)), 400: problemAnswer("A malformed or too long range (invalid_parameter)") },
    }),
    community,
    // from and to: a day (its start in the community's zone) or an instant; team: a team's id; skill: one the opportunity or its shifts want.
    validQuery(OpportunityListQuery),
    async (context) => {
      const items = await listOpportunities(db, context.get("community"), context.req.valid("query"), context.get("now"));
      // Places fill with every sign-up: revalidated each time, never served stale.
      context.header("Cache-Control", "no-cache");
      return context.json({ items, nextCursor: null });
    },
  );

  routes.get(
    "/communities/:community/opportunities/:id",
    describeRoute({
      operationId: "getOpportunity",
      summary: "One opportunity with every shift to come",
      parameters: [pathId("The opportunity's id", "id", slug())],
      responses: { 200: jsonAnswer("The opportunity", Opportunity), 404: problemAnswer("No such opportunity (opportunity_not_found)") },
    }),
    community,
    async (context) => {
      const id = context.req.param("id");
      const [opportunity] = await listOpportunities(db, context.get("community"), { opportunityId: id }, context.get("now"));
      if (!opportunity)
        throw new ProblemError(404, "opportunity_not_found", "Opportunity not found", `There is no opportunity "${id}" in ${context.get("community").id}`);
      context.header("Cache-Control", "no-cache");
      return context.json(opportunity);
    },
  );

  routes.get(
    "/communities/:community/shifts/:file{[a-z0-9][a-z0-9-]*\\.ics}",
    describeRoute({
      operationId: "getShiftCalendar",
      summary: "One shift as an iCalendar file for the volunteer's calendar, with reminders the day before and two hours before",
      parameters: [pathId("The shift's id", "file")],
      responses: { 200: fileAnswer("The shift", "text/calendar"), 404: problemAnswer("No such shift (shift_not_found)") },
    }),
    community,
    async (context) => {
      const id = context.req.param("file").slice(0, -".ics".length);
      const found = await findShift(db, context.get("community"), id);
      if (!found) throw new ProblemError(404, "shift_not_found", "Shift not found", `There is no shift "${id}" in ${context.get("community").id}`);
      return context.body(writeShiftCalendar(context.get("community"), found.opportunity, found.shift, context.get("now")), 200, {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${id}.ics"`,
      });
    },
  );

  routes.post(
    "/communities/:community/shifts/:id/signups",
    describeRoute({
      operationId: "signUp",
      summary: "Sign up for a shift: confirmed while places last (held by the database), else waitlisted with a position",
      parameters: [pathId("The shift's id")],
      responses: {
        201: jsonAnswer("Signed up; only this answer carries the cancel token", SignupResult),
        400: problemAnswer("A field is at fault (invalid_body, minimum_age …), named in errors[]"),
        404: problemAnswer("No such shift (shift_not_found)"),
        409: problemAnswer(
          "The phone already holds this shift (duplicate_signup) or one at an overlapping time (overlapping_signup, with conflict), or the shift has started (shift_started)",
        ),
      },
    }),
    community,
    idempotencyKey("sign-up"),
    validJson(SignupRequest),
    async (context) => {
      const outcome = await signUp(db, {
        communityId: context.get("community").id,
        timeZone: context.get("community").timezone,
        shiftId: context.req.param("id"),
        idempotencyKey: context.get("idempotencyKey"),
        request: context.req.valid("json"),
        now: context.get("now"),
      });
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return createdAnswer(context, outcome.done);
    },
  );

  routes.get(
    "/communities/:community/signups/:id",
    describeRoute({
      operationId: "checkSignup",
      summary: "Where a sign-up stands now (confirmed, perhaps promoted from the waitlist; its waitlist place; or cancelled), for whoever holds its token",
      parameters: [pathId("The sign-up's id")],
      responses: {
        200: jsonAnswer("The sign-up", SignupCheck),
        403: problemAnswer("Wrong or missing Cancel-Token (invalid_cancel_token)"),
        404: problemAnswer("No such sign-up (signup_not_found)"),
      },
    }),
    community,
    cancelToken(),
    async (context) => {
      const outcome = await checkSignup(db, {
        communityId: context.get("community").id,
        signupId: context.req.param("id"),
        cancelToken: context.get("cancelToken"),
      });
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return context.json(outcome.done, 200, { "Cache-Control": "no-store" });
    },
  );

  routes.delete(
    "/communities/:community/signups/:id",
    describeRoute({
      operationId: "cancelSignup",
      summary: "Cancel a sign-up; a confirmed place goes to the first on the waitlist",
      parameters: [pathId("The sign-up's id")],
      responses: {
        204: { description: "Cancelled" },
        403: problemAnswer("Wrong or missing Cancel-Token (invalid_cancel_token)"),
        404: problemAnswer("No such sign-up (signup_not_found)"),
      },
    }),
    community,
    cancelToken(),
    async (context) => {
      const outcome = await cancelSignup(db, {
        communityId: context.get("community").id,
        signupId: context.req.param("id"),
        cancelToken: context.get("cancelToken"),
        now: context.get("now"),
      });
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return context.body(null, 204);
    },
  );

  return routes;
}
