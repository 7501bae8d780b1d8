import { OpportunityListQuery } from "@community-kit/schema";
import { Hono } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import type { ApiEnv } from "../http/request-time.js";
import { ProblemError, validQuery } from "../http/problem.js";
import { writeShiftCalendar } from "../ical/write-shift.js";
import { findShift, listOpportunities } from "../volunteers/list-opportunities.js";
import { cancelSignup, checkSignup, signUp } from "../volunteers/sign-up.js";
import { createdAnswer } from "../http/idempotency.js";
import { findCommunity } from "./communities.js";
import { jsonBody } from "./json-body.js";

/** Volunteering: opportunities and their shifts with counts (public), and volunteers' sign-ups and cancels. */
export function volunteerRoutes(db: Kysely<Database>): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.get("/communities/:community/opportunities", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const query = validQuery(OpportunityListQuery, context.req.query());
    // Places fill with every sign-up: revalidated each time, never served stale.
    context.header("Cache-Control", "no-cache");
    return context.json({ items: await listOpportunities(db, community, query, context.get("now")), nextCursor: null });
  });

  routes.get("/communities/:community/opportunities/:id", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const id = context.req.param("id");
    const [opportunity] = await listOpportunities(db, community, { opportunityId: id }, context.get("now"));
    if (!opportunity) throw new ProblemError(404, "opportunity_not_found", "Opportunity not found", `There is no opportunity "${id}" in ${community.id}`);
    context.header("Cache-Control", "no-cache");
    return context.json(opportunity);
  });

  routes.get("/communities/:community/shifts/:file{[a-z0-9][a-z0-9-]*\\.ics}", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const id = context.req.param("file").slice(0, -".ics".length);
    const found = await findShift(db, community, id);
    if (!found) throw new ProblemError(404, "shift_not_found", "Shift not found", `There is no shift "${id}" in ${community.id}`);
    return context.body(writeShiftCalendar(community, found.opportunity, found.shift, context.get("now")), 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${id}.ics"`,
    });
  });

  routes.post("/communities/:community/shifts/:id/signups", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const answer = await signUp(db, {
      communityId: community.id,
      timeZone: community.timezone,
      shiftId: context.req.param("id"),
      idempotencyKey: context.req.header("Idempotency-Key"),
      body: await jsonBody(context),
      now: context.get("now"),
    });
    return createdAnswer(context, answer);
  });

  routes.get("/communities/:community/signups/:id", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const check = await checkSignup(db, { communityId: community.id, signupId: context.req.param("id"), cancelToken: context.req.header("Cancel-Token") });
    return context.json(check, 200, { "Cache-Control": "no-store" });
  });

  routes.delete("/communities/:community/signups/:id", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    await cancelSignup(db, { communityId: community.id, signupId: context.req.param("id"), cancelToken: context.req.header("Cancel-Token"), now: context.get("now") });
    return context.body(null, 204);
  });

  return routes;
}
