import { NewStaffAccount, StaffAccount, StaffAccountChange, StaffAccountList, StaffCredentials } from "@community-kit/schema";
import { describeRoute } from "hono-openapi";
import { jsonAnswer, pathId, problemAnswer } from "../../api-document/describe.js";
import { validJson } from "../../http/validation.js";
import { addStaff, changeRole, disableStaff, listStaff, resetPassword, staffAccount } from "../../staff/staff-accounts.js";
import type { Management } from "./management.js";

/** An admin's management of the community's staff: who has an account, in which role, and taking it back (issue 22). */
export function manageStaff({ routes, db, allow, community, noStore }: Management): void {
  routes.get(
    "/communities/:community/staff",
    describeRoute({
      operationId: "listStaff",
      summary: "The community's staff accounts: name, role, made, whether the one-time password is still to change, disabled; never passwords",
      responses: { 200: jsonAnswer("The accounts", StaffAccountList) },
    }),
    allow("settings"),
    community,
    async (context) => context.json({ items: await listStaff(db, context.get("community").id) }, 200, noStore),
  );

  routes.post(
    "/communities/:community/staff",
    describeRoute({
      operationId: "addStaff",
      summary: "Make a staff account: its one-time password is in the answer, once, to be changed at the first sign-in",
      responses: {
        201: jsonAnswer("Made", StaffCredentials),
        400: problemAnswer("No name, or no such role, named in errors[] (invalid_body)"),
        409: problemAnswer("The community has an account of that name (staff_exists)"),
      },
    }),
    allow("settings"),
    community,
    validJson(NewStaffAccount),
    async (context) => {
      const communityId = context.get("community").id;
      const { staffId, password } = await addStaff(db, { communityId, ...context.req.valid("json") }, context.get("now"));
      return context.json({ account: await staffAccount(db, communityId, staffId), password }, 201, noStore);
    },
  );

  routes.patch(
    "/communities/:community/staff/:id",
    describeRoute({
      operationId: "changeStaffRole",
      summary: "Give an account another role",
      parameters: [pathId("The account's id")],
      responses: {
        200: jsonAnswer("The account as it is now", StaffAccount),
        400: problemAnswer("No such role (invalid_body)"),
        404: problemAnswer("No such account (staff_not_found)"),
        409: problemAnswer("It is the community's last working admin (last_admin)"),
      },
    }),
    allow("settings"),
    community,
    validJson(StaffAccountChange),
    async (context) => context.json(await changeRole(db, context.get("community").id, context.req.param("id"), context.req.valid("json").role), 200, noStore),
  );

  routes.delete(
    "/communities/:community/staff/:id",
    describeRoute({
      operationId: "disableStaff",
      summary: "Stop an account working (a colleague who left): it cannot sign in, and its sessions end at once; its actions stay in the audit log",
      parameters: [pathId("The account's id")],
      responses: {
        204: { description: "Disabled" },
        404: problemAnswer("No such account (staff_not_found)"),
        409: problemAnswer("It is the community's last working admin (last_admin)"),
      },
    }),
    allow("settings"),
    community,
    async (context) => {
      await disableStaff(db, context.get("community").id, context.req.param("id"), context.get("now"));
      return context.body(null, 204);
    },
  );

  routes.post(
    "/communities/:community/staff/:id/password-reset",
    describeRoute({
      operationId: "resetStaffPassword",
      summary: "A new one-time password for an account (a forgotten one), in the answer once; its sessions end",
      parameters: [pathId("The account's id")],
      responses: { 200: jsonAnswer("The new one-time password", StaffCredentials), 404: problemAnswer("No such account (staff_not_found)") },
    }),
    allow("settings"),
    community,
    async (context) => context.json(await resetPassword(db, context.get("community").id, context.req.param("id"), context.get("now")), 200, noStore),
  );
}
