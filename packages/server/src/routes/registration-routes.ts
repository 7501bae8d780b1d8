import { Hono } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import type { ApiEnv } from "../http/request-time.js";
import { cancelRegistration } from "../registrations/cancel.js";
import { register } from "../registrations/register.js";
import { createdAnswer } from "../http/idempotency.js";
import { findCommunity } from "./communities.js";
import { jsonBody } from "./json-body.js";

/** Residents' writes: registering for an event and cancelling with the token. */
export function registrationRoutes(db: Kysely<Database>): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.post("/communities/:community/events/:id/registrations", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const answer = await register(db, {
      communityId: community.id,
      eventId: context.req.param("id"),
      idempotencyKey: context.req.header("Idempotency-Key"),
      body: await jsonBody(context),
      now: context.get("now"),
    });
    return createdAnswer(context, answer);
  });

  routes.delete("/communities/:community/events/:id/registrations/:registrationId", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    await cancelRegistration(db, {
      communityId: community.id,
      eventId: context.req.param("id"),
      registrationId: context.req.param("registrationId"),
      cancelToken: context.req.header("Cancel-Token"),
      now: context.get("now"),
    });
    return context.body(null, 204);
  });

  return routes;
}
