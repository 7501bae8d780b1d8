import { CancelByCodeRequest, CancelByCodeResult, CodeStatus } from "@community-kit/schema";
import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { describeRoute } from "hono-openapi";
import type * as z from "zod/mini";
import type { Kysely } from "kysely";
import { jsonAnswer, problemAnswer } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import type { ApiEnv } from "../http/request-time.js";
import { problemOf } from "../http/problem.js";
import { validJson } from "../http/validation.js";
import { clientAddress } from "../http/write-guard.js";
import { type CancelByCodeCommand, type CancelByCodeRefusal, type ShortCodeTries, cancelByCode, statusByCode } from "../short-codes/cancel-by-code.js";
import { type CommunityEnv, inCommunity } from "./communities.js";

/** How a request with a short code is refused, whatever it asks. */
const REFUSAL_ANSWERS = {
  400: problemAnswer("Not a short code or not a phone number, named in errors[] (invalid_body)"),
  404: problemAnswer("No such community, or nothing has this code with this phone number (short_code_not_found)"),
  429: problemAnswer("Too many wrong codes for this phone number or from this client within the hour (too_many_attempts)"),
};

const REFUSED: Record<CancelByCodeRefusal, ContentfulStatusCode> = {
  short_code_not_found: 404,
  too_many_attempts: 429,
};

/** Cancelling, or asking where it stands, with the short code a resident reads out and the phone number it was made with: on another device, or by staff on the phone. */
export function shortCodeRoutes(db: Kysely<Database>, options: { trustProxy: boolean; tries: ShortCodeTries }): Hono<CommunityEnv> {
  const routes = new Hono<CommunityEnv>();
  const commandOf = (context: Context<CommunityEnv & ApiEnv>, request: z.output<typeof CancelByCodeRequest>): CancelByCodeCommand => {
    const community = context.get("community");
    return {
      ...request,
      communityId: community.id,
      timeZone: community.timezone,
      client: clientAddress(context, options.trustProxy),
      counted: context.get("keyHolder")?.communityId !== community.id,
      tries: options.tries,
      now: context.get("now"),
    };
  };

  routes.post(
    "/communities/:community/cancellations",
    describeRoute({
      operationId: "cancelByCode",
      summary: "Cancel a registration, booking or sign-up with its short code and the phone number it was made with",
      responses: {
        200: jsonAnswer("Cancelled (also when it already was): what it was, never who", CancelByCodeResult),
        ...REFUSAL_ANSWERS,
      },
    }),
    inCommunity(db),
    validJson(CancelByCodeRequest),
    async (context) => {
      const outcome = await cancelByCode(db, commandOf(context, context.req.valid("json")));
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return context.json(outcome.done);
    },
  );

  routes.post(
    "/communities/:community/status-by-code",
    describeRoute({
      operationId: "statusByCode",
      summary:
        "Where a registration, booking or sign-up stands, found by its short code and the phone number it was made with (a POST: the phone is never in a URL)",
      responses: {
        200: jsonAnswer("What it is, when, and where it stands now; never who", CodeStatus),
        ...REFUSAL_ANSWERS,
      },
    }),
    inCommunity(db),
    validJson(CancelByCodeRequest),
    async (context) => {
      const outcome = await statusByCode(db, commandOf(context, context.req.valid("json")));
      if (outcome.refused) throw problemOf(outcome.refused, REFUSED);
      return context.json(outcome.done, 200, { "Cache-Control": "no-store" });
    },
  );

  return routes;
}
