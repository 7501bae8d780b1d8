import { ManagedRegistration } from "@community-kit/schema";
import { describeRoute } from "hono-openapi";
import { jsonAnswer, pathId, problemAnswer } from "../../api-document/describe.js";
import { checkInRegistration, confirmFromWaitlist, undoCheckIn } from "../../management/manage-registrations.js";
import type { Management } from "./management.js";

const REGISTRATION = "/communities/:community/registrations/:id";
const registrationId = () => pathId("The registration's id");

/** At the door: a party checked in (or that taken back), and one waiting taken in out of turn. */
export function manageRegistrations({ routes, db, allow, community, noStore }: Management): void {
  routes.post(
    `${REGISTRATION}/check-in`,
    describeRoute({
      operationId: "checkInRegistration",
      summary: "A confirmed party arrived: checked in now (again: as it first was)",
      parameters: [registrationId()],
      responses: {
        200: jsonAnswer("The registration as it is now", ManagedRegistration),
        404: problemAnswer("No such registration (registration_not_found)"),
        409: problemAnswer("Waitlisted or cancelled (registration_not_confirmed)"),
      },
    }),
    allow("registrations"),
    community,
    async (context) => context.json(await checkInRegistration(db, context.get("community"), context.req.param("id"), context.get("now")), 200, noStore),
  );

  routes.delete(
    `${REGISTRATION}/check-in`,
    describeRoute({
      operationId: "undoRegistrationCheckIn",
      summary: "A check-in made by mistake, taken back",
      parameters: [registrationId()],
      responses: { 200: jsonAnswer("The registration as it is now", ManagedRegistration), 404: problemAnswer("No such registration (registration_not_found)") },
    }),
    allow("registrations"),
    community,
    async (context) => context.json(await undoCheckIn(db, context.get("community"), context.req.param("id")), 200, noStore),
  );

  routes.post(
    `${REGISTRATION}/confirm`,
    describeRoute({
      operationId: "confirmFromWaitlist",
      summary: "A waiting party taken in out of turn: into free places, else places are added for it",
      parameters: [registrationId()],
      responses: {
        200: jsonAnswer("The registration, confirmed", ManagedRegistration),
        404: problemAnswer("No such registration (registration_not_found)"),
        409: problemAnswer("Not on the waitlist (registration_not_waitlisted)"),
      },
    }),
    allow("registrations"),
    community,
    async (context) => context.json(await confirmFromWaitlist(db, context.get("community"), context.req.param("id"), context.get("now")), 200, noStore),
  );
}
