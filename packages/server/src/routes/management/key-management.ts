import { ApiKeyCreated, ApiKeyList, AuditLog, AuditLogQuery, NewApiKey } from "@community-kit/schema";
import { describeRoute } from "hono-openapi";
import { jsonAnswer, pathId, problemAnswer } from "../../api-document/describe.js";
import { ProblemError } from "../../http/problem.js";
import { validJson, validQuery } from "../../http/validation.js";
import { listApiKeys, makeApiKey, revokeApiKey } from "../../management/api-keys.js";
import { auditLog } from "../../management/audit-log.js";
import type { Management } from "./management.js";

/** The community's keys (never their secrets), revoking one, and what they have been used for. */
export function manageKeys({ routes, db, allow, community, noStore }: Management): void {
  routes.get(
    "/communities/:community/api-keys",
    describeRoute({
      operationId: "listApiKeys",
      summary: "The community's management keys: label, made, last used, revoked; never their secrets",
      responses: { 200: jsonAnswer("The keys", ApiKeyList) },
    }),
    allow("settings"),
    community,
    async (context) => context.json({ items: await listApiKeys(db, context.get("community").id) }, 200, noStore),
  );

  routes.post(
    "/communities/:community/api-keys",
    describeRoute({
      operationId: "createApiKey",
      summary: "Make a management key for a machine (a website's import, a kiosk); its secret is in this answer only",
      responses: { 201: jsonAnswer("The key, and its secret once", ApiKeyCreated), 400: problemAnswer("No label (invalid_body)") },
    }),
    allow("settings"),
    community,
    validJson(NewApiKey),
    async (context) => {
      const { id: communityId } = context.get("community");
      const { id, key } = await makeApiKey(db, communityId, context.req.valid("json").label, context.get("now"));
      const info = (await listApiKeys(db, communityId)).find((candidate) => candidate.id === id)!;
      return context.json({ key: info, secret: key }, 201, noStore);
    },
  );

  routes.delete(
    "/communities/:community/api-keys/:id",
    describeRoute({
      operationId: "revokeApiKey",
      summary: "Stop a key working (a lost laptop, a colleague who left)",
      parameters: [pathId("The key's id (the part after ck_)")],
      responses: { 204: { description: "Revoked" }, 404: problemAnswer("The community has no working key of that id (not_found)") },
    }),
    allow("settings"),
    community,
    async (context) => {
      const { id: communityId } = context.get("community");
      if (!(await revokeApiKey(db, communityId, context.req.param("id"), context.get("now")))) {
        throw new ProblemError(404, "not_found", "Key not found", `${communityId} has no working key "${context.req.param("id")}"`);
      }
      return context.body(null, 204);
    },
  );

  routes.get(
    "/communities/:community/audit-log",
    describeRoute({
      operationId: "readAuditLog",
      summary: "What the community's keys were used for, latest first",
      responses: {
        200: jsonAnswer("The latest entries (100 unless limit says), or those before cursor", AuditLog),
        400: problemAnswer("limit is not a whole number from 1 to 1000 (invalid_parameter)"),
      },
    }),
    allow("settings"),
    community,
    validQuery(AuditLogQuery),
    async (context) => context.json(await auditLog(db, context.get("community").id, context.req.valid("query")), 200, noStore),
  );
}
