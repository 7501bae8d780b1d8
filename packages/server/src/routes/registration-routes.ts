import { RegistrationCheck, RegistrationRequest, RegistrationResult } from "@community-kit/schema";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { describeRoute } from "hono-openapi";
import type { Kysely } from "kysely";
import { jsonAnswer, pathId, problemAnswer, slug } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import { cancelToken } from "../http/cancel-token.js";
import { createdAnswer, idempotencyKey } from "../http/idempotency.js";
import { problemOf } from "../http/problem.js";
import { validJson } from "../http/validation.js";
import { type CancelRefusal, cancelRegistration } from "../registrations/cancel.js";
import { checkRegistration } from "../registrations/check.js";
import { type RegistrationRefusal, register } from "../registrations/register.js";
import { type CommunityEnv, inCommunity } from "./communities.js";

/** The status of each refusal of a registration, and of its cancelling. */
const REFUSED: Record<RegistrationRefusal | CancelRefusal, ContentfulStatusCode> = {
  invalid_body: 400,
  invalid_cancel_token: 403,
  registration_not_found: 404,
  event_not_found: 404,
  event_past: 409,
  registration_closed: 409,
  duplicate_registration: 409,
  idempotency_key_reused: 422,
};

/** Residents' writes: registering for an event, where the registration stands, and cancelling with the token. */
export function registrationRoutes(db: Kysely<Database>): Hono<CommunityEnv> {
  const routes = new Hono<CommunityEnv>();
  const community = inCommunity(db);

  routes.post(
    "/communities/:community/events/:id/registrations",
    describeRoute({
      operationId: "register",
      summary: "Register for an event: confirmed while places last, then waitlisted in arrival order",
      parameters: [pathId("The event's id", "id", slug())],
      responses: {
        201: jsonAnswer("Registered (or the replayed first answer, marked Idempotent-Replayed: true). Keep cancelToken private.", RegistrationResult),
        400: problemAnswer("Bad fields, named in errors[] (invalid_body), or no Idempotency-Key (idempotency_key_missing)"),
        404: problemAnswer("No such community or event"),
        409: problemAnswer(
          "Registration closed (registration_closed), the event is over (event_past), or this phone is already registered (duplicate_registration)",
        ),
        422: problemAnswer("The Idempotency-Key was used for a different registration (idempotency_key_reused)"),
      },
    }),
    community,
    idempotencyKey("registration"),
    validJson(RegistrationRequest),
    async (context) => {
      const outcome = await register(db, {
        communityId: context.get("community").id,
        eventId: context.req.param("id"),
        idempotencyKey: context.get("idempotencyKey"),
        request: context.req.valid("json"),
        now: context.get("now"),
      });
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return createdAnswer(context, outcome.done);
    },
  );

  routes.get(
    "/communities/:community/events/:id/registrations/:registrationId",
    describeRoute({
      operationId: "checkRegistration",
      summary:
        "Where a registration stands now (confirmed, perhaps moved up from the waitlist; its waitlist place; or cancelled) and whether the event was called off, for whoever holds its token",
      parameters: [pathId("The event's id", "id", slug()), pathId("The registration's id", "registrationId")],
      responses: {
        200: jsonAnswer("The registration", RegistrationCheck),
        403: problemAnswer("Wrong or missing Cancel-Token (invalid_cancel_token)"),
        404: problemAnswer("No such registration (registration_not_found)"),
      },
    }),
    community,
    cancelToken("The cancelToken of the registration"),
    async (context) => {
      const outcome = await checkRegistration(db, {
        communityId: context.get("community").id,
        eventId: context.req.param("id"),
        registrationId: context.req.param("registrationId"),
        cancelToken: context.get("cancelToken"),
      });
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return context.json(outcome.done, 200, { "Cache-Control": "no-store" });
    },
  );

  routes.delete(
    "/communities/:community/events/:id/registrations/:registrationId",
    describeRoute({
      operationId: "cancelRegistration",
      summary: "Cancel a registration; its places go to those waiting, in arrival order, each that fits",
      parameters: [pathId("The event's id", "id", slug()), pathId("The registration's id", "registrationId")],
      responses: {
        204: { description: "Cancelled (also when it already was)" },
        403: problemAnswer("Wrong or missing Cancel-Token (invalid_cancel_token)"),
        404: problemAnswer("No such registration (registration_not_found)"),
      },
    }),
    community,
    cancelToken("The cancelToken of the registration"),
    async (context) => {
      const outcome = await cancelRegistration(db, {
        communityId: context.get("community").id,
        eventId: context.req.param("id"),
        registrationId: context.req.param("registrationId"),
        cancelToken: context.get("cancelToken"),
        now: context.get("now"),
      });
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return context.body(null, 204);
    },
  );

  return routes;
}
