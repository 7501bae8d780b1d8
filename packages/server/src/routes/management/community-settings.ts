import { PrivacyPolicy, WriteOrigins } from "@community-kit/schema";
import { describeRoute } from "hono-openapi";
import { jsonAnswer, problemAnswer } from "../../api-document/describe.js";
import { setPrivacyPolicy } from "../../communities/privacy-policy.js";
import { setWriteOrigins, writeOrigins } from "../../communities/write-origins.js";
import { validJson } from "../../http/validation.js";
import type { Management } from "./management.js";

/** What an admin sets for the whole community: the sites residents may write from, and the privacy notice with its retention. */
export function manageCommunitySettings({ routes, db, allow, community, noStore }: Management): void {
  routes.get(
    "/communities/:community/write-origins",
    describeRoute({
      operationId: "listWriteOrigins",
      summary: "The web origins the community takes residents' writes from, besides the API's own",
      responses: { 200: jsonAnswer("The origins", WriteOrigins) },
    }),
    allow("settings"),
    community,
    async (context) => context.json({ origins: await writeOrigins(db, context.get("community").id) }, 200, noStore),
  );

  routes.put(
    "/communities/:community/write-origins",
    describeRoute({
      operationId: "setWriteOrigins",
      summary: "Replace the web origins the community takes residents' writes from",
      responses: {
        200: jsonAnswer("The origins as they are now", WriteOrigins),
        400: problemAnswer("One is not a web origin (invalid_body), named in errors[]"),
      },
    }),
    allow("settings"),
    community,
    validJson(WriteOrigins),
    async (context) => context.json({ origins: await setWriteOrigins(db, context.get("community").id, context.req.valid("json").origins) }, 200, noStore),
  );

  routes.put(
    "/communities/:community/privacy",
    describeRoute({
      operationId: "setPrivacyPolicy",
      summary: "Who keeps residents' data, whom to ask, and how many days after an event or booking names and phones are deleted",
      responses: { 200: jsonAnswer("The notice as it is now", PrivacyPolicy), 400: problemAnswer("A field is at fault (invalid_body)") },
    }),
    allow("settings"),
    community,
    validJson(PrivacyPolicy),
    async (context) => context.json(await setPrivacyPolicy(db, context.get("community").id, context.req.valid("json")), 200, noStore),
  );
}
