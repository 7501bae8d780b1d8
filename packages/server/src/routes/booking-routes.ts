import { Hono } from "hono";
import type { Kysely } from "kysely";
import { book, cancelBooking } from "../bookings/book.js";
import type { Database } from "../database/tables.js";
import type { ApiEnv } from "../http/request-time.js";
import { createdAnswer } from "../http/idempotency.js";
import { findCommunity } from "./communities.js";
import { jsonBody } from "./json-body.js";

/** Residents' bookings of rooms and equipment: book with an Idempotency-Key, cancel with the token. */
export function bookingRoutes(db: Kysely<Database>): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.post("/communities/:community/bookings", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const answer = await book(db, { communityId: community.id, idempotencyKey: context.req.header("Idempotency-Key"), body: await jsonBody(context), now: context.get("now") });
    return createdAnswer(context, answer);
  });

  routes.delete("/communities/:community/bookings/:id", async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    await cancelBooking(db, { communityId: community.id, bookingId: context.req.param("id"), cancelToken: context.req.header("Cancel-Token"), now: context.get("now") });
    return context.body(null, 204);
  });

  return routes;
}
