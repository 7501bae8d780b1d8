import { EventCreate, EventUpdate, ManagedEvent, ManagedRegistration } from "@community-kit/schema";
import { describeRoute } from "hono-openapi";
import * as z from "zod/mini";
import { fileAnswer, jsonAnswer, pathId, problemAnswer, slug } from "../../api-document/describe.js";
import { findEventRow } from "../../events/occurrences.js";
import { ProblemError } from "../../http/problem.js";
import { validJson } from "../../http/validation.js";
import { listRegistrations, registrationsCsv } from "../../management/list-registrations.js";
import { cancelEvent, createEvent, deleteEvent, managedEvent, updateEvent } from "../../management/manage-events.js";
import type { Management } from "./management.js";

/** An event, series or occurrence by its id, a slug: never `….ics`, the calendar file's address, which only takes GET. */
const EVENT = "/communities/:community/events/:id{[a-z0-9][a-z0-9-]*}";

const eventId = () => pathId("An event, a series, or one occurrence (tai-chi-20261124t0900)", "id", slug());

/** Events: create, change, call off, delete, and who registered. */
export function manageEvents({ routes, db, allow, community, noStore, personal }: Management): void {
  async function eventOf(communityId: string, id: string) {
    const event = await findEventRow(db, communityId, id);
    if (!event) throw new ProblemError(404, "event_not_found", "Event not found", `There is no event "${id}" in ${communityId}`);
    return event;
  }

  routes.post(
    "/communities/:community/events",
    describeRoute({
      operationId: "createEvent",
      summary: "Create an event or a series (with recurrence)",
      responses: {
        201: jsonAnswer("Created; Location names it", ManagedEvent),
        400: problemAnswer("A field is at fault (invalid_body, category_not_found), named in errors[]"),
        409: problemAnswer("The id is taken (event_exists)"),
      },
    }),
    allow("events"),
    community,
    validJson(EventCreate),
    async (context) => {
      const event = await createEvent(db, context.get("community"), context.req.valid("json"), context.get("now"));
      context.header("Location", `/v1/communities/${context.get("community").id}/events/${event.id}`);
      return context.json(event, 201, noStore);
    },
  );

  routes.patch(
    EVENT,
    describeRoute({
      operationId: "updateEvent",
      summary: "Change an event, a series, or one occurrence; more places go to those waiting",
      parameters: [eventId()],
      responses: { 200: jsonAnswer("The event as it is now", ManagedEvent), 400: problemAnswer("A field is at fault"), 404: problemAnswer("No such event") },
    }),
    allow("events"),
    community,
    validJson(EventUpdate),
    async (context) =>
      context.json(await updateEvent(db, context.get("community"), context.req.param("id"), context.req.valid("json"), context.get("now")), 200, noStore),
  );

  routes.post(
    `${EVENT}/cancel`,
    describeRoute({
      operationId: "cancelEvent",
      summary: "Call off an event, a series or one occurrence: it stays listed with status cancelled and takes no registrations",
      parameters: [eventId()],
      responses: { 200: jsonAnswer("The cancelled event", ManagedEvent), 404: problemAnswer("No such event") },
    }),
    allow("events"),
    community,
    async (context) => context.json(await cancelEvent(db, context.get("community"), context.req.param("id"), context.get("now")), 200, noStore),
  );

  routes.delete(
    EVENT,
    describeRoute({
      operationId: "deleteEvent",
      summary: "Delete an event with its registrations, a series with its occurrences, or one occurrence (its date is left out of the series)",
      parameters: [eventId()],
      responses: { 204: { description: "Deleted" }, 404: problemAnswer("No such event") },
    }),
    allow("events"),
    community,
    async (context) => {
      await deleteEvent(db, context.get("community"), context.req.param("id"), context.get("now"));
      return context.body(null, 204);
    },
  );

  routes.get(
    "/communities/:community/events/:id/managed",
    describeRoute({
      operationId: "getManagedEvent",
      summary: "An event, a whole series with its rule, or one occurrence, as staff edit it",
      parameters: [eventId()],
      responses: { 200: jsonAnswer("The event with its rule", ManagedEvent), 404: problemAnswer("No such event") },
    }),
    allow("events"),
    community,
    async (context) => context.json(await managedEvent(db, context.get("community"), context.req.param("id"), context.get("now")), 200, noStore),
  );

  routes.get(
    "/communities/:community/events/:id/registrations",
    describeRoute({
      operationId: "listRegistrations",
      summary: "An event's registrations with names and phones, in arrival order",
      parameters: [eventId()],
      responses: { 200: jsonAnswer("The registrations", z.array(ManagedRegistration)), 404: problemAnswer("No such event") },
    }),
    allow("registrations"),
    community,
    async (context) => {
      const { id: communityId } = context.get("community");
      const event = await eventOf(communityId, context.req.param("id"));
      return context.json(await listRegistrations(db, communityId, event), 200, personal);
    },
  );

  routes.get(
    "/communities/:community/events/:id/registrations.csv",
    describeRoute({
      operationId: "exportRegistrations",
      summary: "The registrations as CSV (UTF-8 with BOM, every cell text) for a spreadsheet",
      parameters: [eventId()],
      responses: { 200: fileAnswer("CSV", "text/csv"), 404: problemAnswer("No such event") },
    }),
    allow("registrations"),
    community,
    async (context) => {
      const { id: communityId } = context.get("community");
      const event = await eventOf(communityId, context.req.param("id"));
      return context.body(registrationsCsv(await listRegistrations(db, communityId, event)), 200, {
        ...noStore,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${event.id}-registrations.csv"`,
      });
    },
  );
}
