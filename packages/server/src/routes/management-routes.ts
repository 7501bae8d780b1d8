import {
  ApiKeyList,
  AttendanceRequest,
  AuditLog,
  AuditLogQuery,
  BlockRequest,
  BookingListQuery,
  Erasure,
  EventCreate,
  EventUpdate,
  ManagedBooking,
  ManagedEvent,
  ManagedRegistration,
  ManagedSignup,
  Opportunity,
  OpportunityWrite,
  Partner,
  PartnerUpdate,
  PartnerWrite,
  PersonalData,
  PersonalDataQuery,
  Resource,
  ResourceUpdate,
  ResourceWrite,
  Shift,
  ShiftWrite,
  Team,
  VolunteerHours,
  VolunteerHoursQuery,
} from "@community-kit/schema";
import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Kysely } from "kysely";
import * as z from "zod/mini";
import { fileAnswer, jsonAnswer, pathId, problemAnswer, slug } from "../api-document/describe.js";
import type { Database } from "../database/tables.js";
import { findEventRow } from "../events/occurrences.js";
import { ProblemError } from "../http/problem.js";
import { validJson, validQuery } from "../http/validation.js";
import { listApiKeys, revokeApiKey } from "../management/api-keys.js";
import { auditLog } from "../management/audit-log.js";
import { listRegistrations, registrationsCsv } from "../management/list-registrations.js";
import { decideBooking, listBookings } from "../management/manage-bookings.js";
import { cancelEvent, createEvent, deleteEvent, updateEvent } from "../management/manage-events.js";
import { createPartner, deletePartner, updatePartner } from "../management/manage-partners.js";
import { blockTime, createResource, deleteResource, unblockTime, updateResource } from "../management/manage-resources.js";
import {
  checkIn,
  createOpportunity,
  createShift,
  createTeam,
  listSignups,
  markAttendance,
  servedShifts,
  volunteerHours,
} from "../management/manage-volunteers.js";
import { requireKey } from "../management/require-key.js";
import { volunteerHoursCsv } from "../management/volunteer-hours-csv.js";
import { erasePersonalData, personalData } from "../privacy/personal-data.js";
import { type CommunityEnv, inCommunity } from "./communities.js";

/** An event, series or occurrence by its id, a slug: never `….ics`, the calendar file's address, which only takes GET. */
const EVENT = "/communities/:community/events/:id{[a-z0-9][a-z0-9-]*}";

const eventId = () => pathId("An event, a series, or one occurrence (tai-chi-20261124t0900)", "id", slug());

/** Management under /v1, each route behind the community's API key. */
export function managementRoutes(db: Kysely<Database>): Hono<CommunityEnv> {
  const routes = new Hono<CommunityEnv>();
  const key = requireKey(db);
  const community = inCommunity(db);
  const noStore = { "Cache-Control": "no-store" };
  const personal = { ...noStore, Vary: "Authorization" };

  async function eventOf(communityId: string, id: string) {
    const event = await findEventRow(db, communityId, id);
    if (!event) throw new ProblemError(404, "event_not_found", "Event not found", `There is no event "${id}" in ${communityId}`);
    return event;
  }

  // Events: create, change, call off, delete, and who registered.

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
    key,
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
    key,
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
    key,
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
    key,
    community,
    async (context) => {
      await deleteEvent(db, context.get("community"), context.req.param("id"), context.get("now"));
      return context.body(null, 204);
    },
  );

  routes.get(
    "/communities/:community/events/:id/registrations",
    describeRoute({
      operationId: "listRegistrations",
      summary: "An event's registrations with names and phones, in arrival order",
      parameters: [eventId()],
      responses: { 200: jsonAnswer("The registrations", z.array(ManagedRegistration)), 404: problemAnswer("No such event") },
    }),
    key,
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
    key,
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

  // Rooms and equipment, their blocks, and the bookings staff approve.

  routes.get(
    "/communities/:community/bookings",
    describeRoute({
      operationId: "listBookings",
      summary: "Bookings with who made them and how to reach them, in start order (at most 1,000)",
      responses: { 200: jsonAnswer("The bookings", z.array(ManagedBooking)) },
    }),
    key,
    community,
    validQuery(BookingListQuery),
    async (context) => context.json(await listBookings(db, context.get("community"), context.req.valid("query")), 200, personal),
  );

  routes.post(
    "/communities/:community/resources",
    describeRoute({
      operationId: "createResource",
      summary: "Add a room or equipment with its hours, closures and booking rules",
      responses: { 201: jsonAnswer("Created", Resource), 400: problemAnswer("A field is at fault"), 409: problemAnswer("The id is taken (resource_exists)") },
    }),
    key,
    community,
    validJson(ResourceWrite),
    async (context) => {
      const resource = await createResource(db, context.get("community"), context.req.valid("json"), context.get("now"));
      context.header("Location", `/v1/communities/${context.get("community").id}/resources/${resource.id}`);
      return context.json(resource, 201, noStore);
    },
  );

  routes.patch(
    "/communities/:community/resources/:id",
    describeRoute({
      operationId: "updateResource",
      summary: "Change a resource's details, hours or rules; bookings made stand",
      parameters: [pathId("The resource's id")],
      responses: { 200: jsonAnswer("The resource as it is now", Resource), 400: problemAnswer("A field is at fault"), 404: problemAnswer("No such resource") },
    }),
    key,
    community,
    validJson(ResourceUpdate),
    async (context) =>
      context.json(await updateResource(db, context.get("community"), context.req.param("id"), context.req.valid("json"), context.get("now")), 200, noStore),
  );

  routes.delete(
    "/communities/:community/resources/:id",
    describeRoute({
      operationId: "deleteResource",
      summary: "Delete a resource that has no bookings to come",
      parameters: [pathId("The resource's id")],
      responses: { 204: { description: "Deleted" }, 404: problemAnswer("No such resource"), 409: problemAnswer("Bookings to come (resource_has_bookings)") },
    }),
    key,
    community,
    async (context) => {
      await deleteResource(db, context.get("community"), context.req.param("id"), context.get("now"));
      return context.body(null, 204);
    },
  );

  routes.post(
    "/communities/:community/resources/:id/blocks",
    describeRoute({
      operationId: "blockTime",
      summary: "Keep time free of bookings, for maintenance; refused where bookings hold it",
      parameters: [pathId("The resource's id")],
      responses: { 201: jsonAnswer("The block", ManagedBooking), 409: problemAnswer("Bookings hold part of the time (slot_unavailable)") },
    }),
    key,
    community,
    validJson(BlockRequest),
    async (context) =>
      context.json(await blockTime(db, context.get("community"), context.req.param("id"), context.req.valid("json"), context.get("now")), 201, noStore),
  );

  routes.delete(
    "/communities/:community/resources/:id/blocks/:blockId",
    describeRoute({
      operationId: "unblockTime",
      summary: "Lift a block",
      parameters: [pathId("The resource's id"), pathId("The block's id", "blockId")],
      responses: { 204: { description: "Lifted" }, 404: problemAnswer("No such block") },
    }),
    key,
    community,
    async (context) => {
      await unblockTime(db, context.get("community"), context.req.param("id"), context.req.param("blockId"));
      return context.body(null, 204);
    },
  );

  for (const [action, decision] of [
    ["approve", "confirmed"],
    ["reject", "rejected"],
  ] as const) {
    routes.post(
      `/communities/:community/bookings/:id/${action}`,
      describeRoute({
        operationId: `${action}Booking`,
        summary: action === "approve" ? "Approve a booking awaiting approval" : "Reject a booking awaiting approval; its time is free at once",
        parameters: [pathId("The booking's id")],
        responses: {
          200: jsonAnswer("The booking as it is now", ManagedBooking),
          404: problemAnswer("No such booking (booking_not_found)"),
          409: problemAnswer("Not awaiting approval (booking_not_pending)"),
        },
      }),
      key,
      community,
      async (context) => context.json(await decideBooking(db, context.get("community"), context.req.param("id"), decision), 200, noStore),
    );
  }

  // Volunteering: teams, opportunities, shifts, who signed up, who came, and the hours served.

  routes.post(
    "/communities/:community/teams",
    describeRoute({
      operationId: "createTeam",
      summary: "Create a volunteer team",
      responses: { 201: jsonAnswer("The team", Team), 400: problemAnswer("A field is at fault"), 409: problemAnswer("The id is taken (team_exists)") },
    }),
    key,
    community,
    validJson(Team),
    async (context) => context.json(await createTeam(db, context.get("community"), context.req.valid("json")), 201, noStore),
  );

  routes.post(
    "/communities/:community/opportunities",
    describeRoute({
      operationId: "createOpportunity",
      summary: "Create an opportunity to volunteer in a team",
      responses: {
        201: jsonAnswer("The opportunity", Opportunity),
        400: problemAnswer("A field is at fault (unknown_team …)"),
        409: problemAnswer("The id is taken (opportunity_exists)"),
      },
    }),
    key,
    community,
    validJson(OpportunityWrite),
    async (context) => {
      const opportunity = await createOpportunity(db, context.get("community"), context.req.valid("json"), context.get("now"));
      context.header("Location", `/v1/communities/${context.get("community").id}/opportunities/${opportunity.id}`);
      return context.json(opportunity, 201, noStore);
    },
  );

  routes.post(
    "/communities/:community/opportunities/:id/shifts",
    describeRoute({
      operationId: "createShift",
      summary: "Add a shift to an opportunity; its id is the opportunity's and its local start (clean-up-day-20261128t0830)",
      parameters: [pathId("The opportunity's id", "id", slug())],
      responses: {
        201: jsonAnswer("The shift", Shift),
        400: problemAnswer("A field is at fault (end_before_start …)"),
        404: problemAnswer("No such opportunity (opportunity_not_found)"),
        409: problemAnswer("A shift of this opportunity starts then already (shift_exists)"),
      },
    }),
    key,
    community,
    validJson(ShiftWrite),
    async (context) => context.json(await createShift(db, context.get("community"), context.req.param("id"), context.req.valid("json")), 201, noStore),
  );

  routes.get(
    "/communities/:community/shifts/:id/signups",
    describeRoute({
      operationId: "listSignups",
      summary: "Who signed up for a shift, with phones, in sign-up order with waitlist places",
      parameters: [pathId("The shift's id")],
      responses: { 200: jsonAnswer("The sign-ups", z.array(ManagedSignup)), 404: problemAnswer("No such shift (shift_not_found)") },
    }),
    key,
    community,
    async (context) => context.json(await listSignups(db, context.get("community"), context.req.param("id")), 200, personal),
  );

  routes.post(
    "/communities/:community/signups/:id/check-in",
    describeRoute({
      operationId: "checkIn",
      summary: "A confirmed volunteer arrived: checked in now, and attended",
      parameters: [pathId("The sign-up's id")],
      responses: {
        200: jsonAnswer("The sign-up as it is now", ManagedSignup),
        404: problemAnswer("No such sign-up (signup_not_found)"),
        409: problemAnswer("Waitlisted or cancelled (signup_not_confirmed)"),
      },
    }),
    key,
    community,
    async (context) => context.json(await checkIn(db, context.get("community"), context.req.param("id"), context.get("now")), 200, noStore),
  );

  routes.put(
    "/communities/:community/signups/:id/attendance",
    describeRoute({
      operationId: "markAttendance",
      summary: "Whether a confirmed volunteer came, once the shift has started",
      parameters: [pathId("The sign-up's id")],
      responses: {
        200: jsonAnswer("The sign-up as it is now", ManagedSignup),
        404: problemAnswer("No such sign-up (signup_not_found)"),
        409: problemAnswer("Not confirmed (signup_not_confirmed) or the shift has not started (shift_not_started)"),
      },
    }),
    key,
    community,
    validJson(AttendanceRequest),
    async (context) =>
      context.json(await markAttendance(db, context.get("community"), context.req.param("id"), context.req.valid("json"), context.get("now")), 200, noStore),
  );

  routes.get(
    "/communities/:community/volunteer-hours",
    describeRoute({
      operationId: "volunteerHours",
      summary: "Hours served (attended shifts) per volunteer and per team over the days from to to",
      responses: { 200: jsonAnswer("The hours", VolunteerHours), 400: problemAnswer("A malformed or backwards range") },
    }),
    key,
    community,
    validQuery(VolunteerHoursQuery),
    async (context) => {
      const query = context.req.valid("query");
      return context.json(volunteerHours(query, await servedShifts(db, context.get("community"), query)), 200, personal);
    },
  );

  routes.get(
    "/communities/:community/volunteer-hours.csv",
    describeRoute({
      operationId: "exportVolunteerHours",
      summary:
        "Every attended shift of the period as CSV (UTF-8 with BOM, every cell text), one row per volunteer and shift; columns in docs/volunteer-hours-csv.md",
      responses: { 200: fileAnswer("CSV", "text/csv"), 400: problemAnswer("A malformed or backwards range") },
    }),
    key,
    community,
    validQuery(VolunteerHoursQuery),
    async (context) => {
      const query = context.req.valid("query");
      return context.body(volunteerHoursCsv(await servedShifts(db, context.get("community"), query)), 200, {
        ...noStore,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${context.get("community").id}-volunteer-hours-${query.from}-${query.to}.csv"`,
      });
    },
  );

  // Partners.

  routes.post(
    "/communities/:community/partners",
    describeRoute({
      operationId: "createPartner",
      summary: "Add a partner; its address and WGS-84 coordinates are checked",
      responses: { 201: jsonAnswer("The partner", Partner), 400: problemAnswer("A field is at fault"), 409: problemAnswer("The id is taken (partner_exists)") },
    }),
    key,
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
    key,
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
    key,
    community,
    async (context) => {
      await deletePartner(db, context.get("community"), context.req.param("id"));
      return context.body(null, 204);
    },
  );

  // One person's data, by phone, on their request: what is kept (export), and erasing it.

  routes.get(
    "/communities/:community/personal-data",
    describeRoute({
      operationId: "exportPersonalData",
      summary: "Everything the community holds about one person, found by their phone: for their request to see it",
      responses: { 200: jsonAnswer("What is kept", PersonalData), 400: problemAnswer("No phone, or not a phone number (invalid_parameter)") },
    }),
    key,
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
    key,
    community,
    validQuery(PersonalDataQuery),
    async (context) =>
      context.json(await erasePersonalData(db, context.get("community").id, context.req.valid("query").phone, context.get("now")), 200, noStore),
  );

  // The community's keys (never their secrets), revoking one, and what they have been used for.

  routes.get(
    "/communities/:community/api-keys",
    describeRoute({
      operationId: "listApiKeys",
      summary: "The community's management keys: label, made, last used, revoked; never their secrets",
      responses: { 200: jsonAnswer("The keys", ApiKeyList) },
    }),
    key,
    community,
    async (context) => context.json({ items: await listApiKeys(db, context.get("community").id) }, 200, noStore),
  );

  routes.delete(
    "/communities/:community/api-keys/:id",
    describeRoute({
      operationId: "revokeApiKey",
      summary: "Stop a key working (a lost laptop, a colleague who left)",
      parameters: [pathId("The key's id (the part after ck_)")],
      responses: { 204: { description: "Revoked" }, 404: problemAnswer("The community has no working key of that id (not_found)") },
    }),
    key,
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
        200: jsonAnswer("The latest entries (100 unless limit says)", AuditLog),
        400: problemAnswer("limit is not a whole number from 1 to 1000 (invalid_parameter)"),
      },
    }),
    key,
    community,
    validQuery(AuditLogQuery),
    async (context) => context.json({ items: await auditLog(db, context.get("community").id, context.req.valid("query").limit ?? 100) }, 200, noStore),
  );

  return routes;
}
