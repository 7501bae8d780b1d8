import { Erasure, PersonalData, PersonalDataQuery } from "@community-kit/schema";
import { describeRoute } from "hono-openapi";
import { jsonAnswer, problemAnswer } from "../../api-document/describe.js";
import { validQuery } from "../../http/validation.js";
import { erasePersonalData, personalData } from "../../privacy/personal-data.js";
import type { Management } from "./management.js";

/** One person's data, by phone, on their request: what is kept (export), and erasing it. */
export function managePersonalData({ routes, db, allow, community, noStore }: Management): void {
  routes.get(
    "/communities/:community/personal-data",
    describeRoute({
      operationId: "exportPersonalData",
      summary: "Everything the community holds about one person, found by their phone: for their request to see it",
      responses: { 200: jsonAnswer("What is kept", PersonalData), 400: problemAnswer("No phone, or not a phone number (invalid_parameter)") },
    }),
    allow("settings"),
    community,
    validQuery(PersonalDataQuery),
    async (context) => context.json(await personalData(db, context.get("community").id, context.req.valid("query").phone), 200, noStore),
  );

  routes.delete(
    "/communities/:community/personal-data",
    describeRoute({
      operationId: "erasePersonalData",
      summary:
        "Erase one person's data on their request: registrations, bookings and sign-ups to come are cancelled (places pass to those waiting), then name, phone, group and skills are erased from every record",
      responses: { 200: jsonAnswer("What was done", Erasure), 400: problemAnswer("No phone, or not a phone number (invalid_parameter)") },
    }),
    allow("settings"),
    community,
    validQuery(PersonalDataQuery),
    async (context) =>
      context.json(await erasePersonalData(db, context.get("community").id, context.req.valid("query").phone, context.get("now")), 200, noStore),
  );
}
