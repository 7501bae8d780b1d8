import { BookingCheck, BookingRequest, BookingResult } from "@community-kit/schema";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { describeRoute } from "hono-openapi";
import type { Kysely } from "kysely";
import { jsonAnswer, pathId, problemAnswer } from "../api-document/describe.js";
import { type BookingRefusal, type CancelRefusal, book, cancelBooking, checkBooking } from "../bookings/book.js";
import type { Database } from "../database/tables.js";
import { cancelToken } from "../http/cancel-token.js";
import { createdAnswer, idempotencyKey } from "../http/idempotency.js";
import { problemOf } from "../http/problem.js";
import { validJson } from "../http/validation.js";
import { type CommunityEnv, inCommunity } from "./communities.js";

/** The status of each refusal of a booking, and of its cancelling. */
const REFUSED: Record<BookingRefusal | CancelRefusal, ContentfulStatusCode> = {
  invalid_body: 400,
  invalid_cancel_token: 403,
  booking_not_found: 404,
  booking_limit_reached: 409,
  slot_unavailable: 409,
  idempotency_key_reused: 422,
};

/** Residents' bookings of rooms and equipment: book with an Idempotency-Key, cancel with the token. */
export function bookingRoutes(db: Kysely<Database>): Hono<CommunityEnv> {
  const routes = new Hono<CommunityEnv>();
  const community = inCommunity(db);

  routes.post(
    "/communities/:community/bookings",
    describeRoute({
      operationId: "book",
      summary: "Book a room or equipment: confirmed, or pending where staff approve; held by the database against every overlap, buffers and units included",
      responses: {
        201: jsonAnswer("Booked; only this answer carries the cancel token", BookingResult),
        400: problemAnswer(
          "A field is at fault (invalid_body: end_before_start, outside_hours, closed, too_long, too_far_ahead, in_past, unknown_resource …), named in errors[]",
        ),
        409: problemAnswer("The time is taken (slot_unavailable, with alternatives[]) or the phone holds its limit of bookings (booking_limit_reached)"),
      },
    }),
    community,
    idempotencyKey("booking"),
    validJson(BookingRequest),
    async (context) => {
      const outcome = await book(db, {
        communityId: context.get("community").id,
        idempotencyKey: context.get("idempotencyKey"),
        request: context.req.valid("json"),
        now: context.get("now"),
      });
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return createdAnswer(context, outcome.done);
    },
  );

  routes.get(
    "/communities/:community/bookings/:id",
    describeRoute({
      operationId: "checkBooking",
      summary: "Where a booking stands now (approved, awaiting approval, rejected with the reason, cancelled), for whoever holds its token",
      parameters: [pathId("The booking's id")],
      responses: {
        200: jsonAnswer("The booking", BookingCheck),
        403: problemAnswer("Wrong or missing Cancel-Token (invalid_cancel_token)"),
        404: problemAnswer("No such booking (booking_not_found)"),
      },
    }),
    community,
    cancelToken(),
    async (context) => {
      const outcome = await checkBooking(db, {
        communityId: context.get("community").id,
        bookingId: context.req.param("id"),
        cancelToken: context.get("cancelToken"),
      });
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return context.json(outcome.done, 200, { "Cache-Control": "no-store" });
    },
  );

  routes.delete(
    "/communities/:community/bookings/:id",
    describeRoute({
      operationId: "cancelBooking",
      summary: "Cancel a booking; its time is free at once",
      parameters: [pathId("The booking's id")],
      responses: {
        204: { description: "Cancelled" },
        403: problemAnswer("Wrong or missing Cancel-Token (invalid_cancel_token)"),
        404: problemAnswer("No such booking (booking_not_found)"),
      },
    }),
    community,
    cancelToken(),
    async (context) => {
      const outcome = await cancelBooking(db, {
        communityId: context.get("community").id,
        bookingId: context.req.param("id"),
        cancelToken: context.get("cancelToken"),
        now: context.get("now"),
      });
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return context.body(null, 204);
    },
  );

  return routes;
}
