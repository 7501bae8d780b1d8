import {
  AttendanceRequest,
  ManagedSignup,
  Opportunity,
  OpportunityWrite,
  Shift,
  ShiftCancellation,
  ShiftCancelled,
  ShiftWrite,
  Team,
  TeamList,
  VolunteerHours,
  VolunteerHoursQuery,
} from "@community-kit/schema";
import { describeRoute } from "hono-openapi";
import * as z from "zod/mini";
import { fileAnswer, jsonAnswer, pathId, problemAnswer, slug } from "../../api-document/describe.js";
import { validJson, validQuery } from "../../http/validation.js";
import {
  cancelShift,
  checkIn,
  confirmSignup,
  createOpportunity,
  createShift,
  createTeam,
  listTeams,
  listSignups,
  markAttendance,
  servedShifts,
  volunteerHours,
} from "../../management/manage-volunteers.js";
import { volunteerHoursCsv } from "../../management/volunteer-hours-csv.js";
import type { Management } from "./management.js";

/** Volunteering: teams, opportunities, shifts, who signed up, who came, and the hours served. */
export function manageVolunteers({ routes, db, allow, community, noStore, personal }: Management): void {
  routes.get(
    "/communities/:community/teams",
    describeRoute({
      operationId: "listTeams",
      summary: "Every volunteer team with every opportunity of its, shifts or none",
      responses: { 200: jsonAnswer("The teams", TeamList) },
    }),
    allow("volunteers"),
    community,
    async (context) => context.json(await listTeams(db, context.get("community")), 200, noStore),
  );

  routes.post(
    "/communities/:community/teams",
    describeRoute({
      operationId: "createTeam",
      summary: "Create a volunteer team",
      responses: { 201: jsonAnswer("The team", Team), 400: problemAnswer("A field is at fault"), 409: problemAnswer("The id is taken (team_exists)") },
    }),
    allow("volunteers"),
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
    allow("volunteers"),
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
    allow("volunteers"),
    community,
    validJson(ShiftWrite),
    async (context) => context.json(await createShift(db, context.get("community"), context.req.param("id"), context.req.valid("json")), 201, noStore),
  );

  routes.post(
    "/communities/:community/shifts/:id/cancel",
    describeRoute({
      operationId: "cancelShift",
      summary: "The centre calls a shift off before it starts, with the reason its volunteers read: every sign-up ends, and those who asked are told",
      parameters: [pathId("The shift's id")],
      responses: {
        200: jsonAnswer("How many sign-ups ended", ShiftCancelled),
        400: problemAnswer("No reason given (invalid_body)"),
        404: problemAnswer("No such shift, or called off already (shift_not_found)"),
        409: problemAnswer("It has begun (shift_started)"),
      },
    }),
    allow("volunteers"),
    community,
    validJson(ShiftCancellation),
    async (context) =>
      context.json(
        await cancelShift(db, context.get("community"), context.req.param("id"), context.req.valid("json").reason, context.get("now")),
        200,
        noStore,
      ),
  );

  routes.get(
    "/communities/:community/shifts/:id/signups",
    describeRoute({
      operationId: "listSignups",
      summary: "Who signed up for a shift, with phones, in sign-up order with waitlist places",
      parameters: [pathId("The shift's id")],
      responses: { 200: jsonAnswer("The sign-ups", z.array(ManagedSignup)), 404: problemAnswer("No such shift (shift_not_found)") },
    }),
    allow("volunteers"),
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
    allow("volunteers"),
    community,
    async (context) => context.json(await checkIn(db, context.get("community"), context.req.param("id"), context.get("now")), 200, noStore),
  );

  routes.post(
    "/communities/:community/signups/:id/confirm",
    describeRoute({
      operationId: "confirmSignup",
      summary: "A waiting volunteer taken on out of turn: into a free place, else a place is added for them",
      parameters: [pathId("The sign-up's id")],
      responses: {
        200: jsonAnswer("The sign-up, confirmed", ManagedSignup),
        404: problemAnswer("No such sign-up (signup_not_found)"),
        409: problemAnswer("Not on the waitlist (signup_not_waitlisted)"),
      },
    }),
    allow("volunteers"),
    community,
    async (context) => context.json(await confirmSignup(db, context.get("community"), context.req.param("id"), context.get("now")), 200, noStore),
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
    allow("volunteers"),
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
    allow("volunteers"),
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
    allow("volunteers"),
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
}
