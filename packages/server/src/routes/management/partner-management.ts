import { Partner, PartnerUpdate, PartnerWrite } from "@community-kit/schema";
import { describeRoute } from "hono-openapi";
import { jsonAnswer, pathId, problemAnswer } from "../../api-document/describe.js";
import { validJson } from "../../http/validation.js";
import { createPartner, deletePartner, updatePartner } from "../../management/manage-partners.js";
import type { Management } from "./management.js";

/** Partners: add, change and remove the organisations on the map. */
export function managePartners({ routes, db, allow, community, noStore }: Management): void {
  routes.post(
    "/communities/:community/partners",
    describeRoute({
      operationId: "createPartner",
      summary: "Add a partner; its address and WGS-84 coordinates are checked",
      responses: { 201: jsonAnswer("The partner", Partner), 400: problemAnswer("A field is at fault"), 409: problemAnswer("The id is taken (partner_exists)") },
    }),
    allow("partners"),
    community,
    validJson(PartnerWrite),
    async (context) => {
      const partner = await createPartner(db, context.get("community"), context.req.valid("json"), context.get("now"));
      context.header("Location", `/v1/communities/${context.get("community").id}/partners/${partner.id}`);
      return context.json(partner, 201, noStore);
    },
  );

  routes.patch(
    "/communities/:community/partners/:id",
    describeRoute({
      operationId: "updatePartner",
      summary: "Change a partner's details or place",
      parameters: [pathId("The partner's id")],
      responses: { 200: jsonAnswer("The partner as it is now", Partner), 400: problemAnswer("A field is at fault"), 404: problemAnswer("No such partner") },
    }),
    allow("partners"),
    community,
    validJson(PartnerUpdate),
    async (context) =>
      context.json(await updatePartner(db, context.get("community"), context.req.param("id"), context.req.valid("json"), context.get("now")), 200, noStore),
  );

  routes.delete(
    "/communities/:community/partners/:id",
    describeRoute({
      operationId: "deletePartner",
      summary: "Remove a partner",
      parameters: [pathId("The partner's id")],
      responses: { 204: { description: "Deleted" }, 404: problemAnswer("No such partner") },
    }),
    allow("partners"),
    community,
    async (context) => {
      await deletePartner(db, context.get("community"), context.req.param("id"));
      return context.body(null, 204);
    },
  );
}
