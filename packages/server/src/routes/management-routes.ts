import { AuditLogQuery, BookingListQuery, PersonalDataQuery, VolunteerHoursQuery } from "@community-kit/schema";
import { Hono } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import type { ApiEnv } from "../http/request-time.js";
import { findEventRow } from "../events/occurrences.js";
import { ProblemError, validQuery } from "../http/problem.js";
import { listApiKeys, revokeApiKey } from "../management/api-keys.js";
import { auditLog } from "../management/audit-log.js";
import { erasePersonalData, personalData } from "../privacy/personal-data.js";
import { listRegistrations, registrationsCsv } from "../management/list-registrations.js";
import { decideBooking, listBookings } from "../management/manage-bookings.js";
import { blockTime, createResource, deleteResource, unblockTime, updateResource } from "../management/manage-resources.js";
import { cancelEvent, createEvent, deleteEvent, updateEvent } from "../management/manage-events.js";
import { checkIn, createOpportunity, createShift, createTeam, listSignups, markAttendance, servedShifts, volunteerHours } from "../management/manage-volunteers.js";
import { createPartner, deletePartner, updatePartner } from "../management/manage-partners.js";
import { requireKey } from "../management/require-key.js";
import { volunteerHoursCsv } from "../management/volunteer-hours-csv.js";
import { findCommunity } from "./communities.js";
import { jsonBody } from "./json-body.js";

/** An event, series or occurrence by its id, a slug: never `….ics`, the calendar file's address, which only takes GET. */
const EVENT = "/communities/:community/events/:id{[a-z0-9][a-z0-9-]*}";

/** Management under /v1, each route behind the community's API key. */
export function managementRoutes(db: Kysely<Database>): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  const key = requireKey(db);
  const noStore = { "Cache-Control": "no-store" };

  async function eventOf(communityId: string, id: string) {
    const event = await findEventRow(db, communityId, id);
    if (!event) throw new ProblemError(404, "event_not_found", "Event not found", `There is no event "${id}" in ${communityId}`);
    return event;
  }

  routes.post("/communities/:community/events", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const event = await createEvent(db, community, await jsonBody(context), context.get("now"));
    context.header("Location", `/v1/communities/${community.id}/events/${event.id}`);
    return context.json(event, 201, noStore);
  });

  routes.patch(EVENT, key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await updateEvent(db, community, context.req.param("id"), await jsonBody(context), context.get("now")), 200, noStore);
  });

  routes.post(`${EVENT}/cancel`, key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await cancelEvent(db, community, context.req.param("id"), context.get("now")), 200, noStore);
  });

  routes.delete(EVENT, key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    await deleteEvent(db, community, context.req.param("id"), context.get("now"));
    return context.body(null, 204);
  });

  routes.get("/communities/:community/events/:id/registrations", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const event = await eventOf(community.id, context.req.param("id"));
    return context.json(await listRegistrations(db, community.id, event), 200, { ...noStore, Vary: "Authorization" });
  });

  routes.get("/communities/:community/events/:id/registrations.csv", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const event = await eventOf(community.id, context.req.param("id"));
    return context.body(registrationsCsv(await listRegistrations(db, community.id, event)), 200, {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${event.id}-registrations.csv"`,
    });
  });

  routes.get("/communities/:community/bookings", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await listBookings(db, community, validQuery(BookingListQuery, context.req.query())), 200, { ...noStore, Vary: "Authorization" });
  });

  routes.post("/communities/:community/resources", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const resource = await createResource(db, community, await jsonBody(context), context.get("now"));
    context.header("Location", `/v1/communities/${community.id}/resources/${resource.id}`);
    return context.json(resource, 201, noStore);
  });

  routes.patch("/communities/:community/resources/:id", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await updateResource(db, community, context.req.param("id"), await jsonBody(context), context.get("now")), 200, noStore);
  });

  routes.delete("/communities/:community/resources/:id", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    await deleteResource(db, community, context.req.param("id"), context.get("now"));
    return context.body(null, 204);
  });

  routes.post("/communities/:community/resources/:id/blocks", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await blockTime(db, community, context.req.param("id"), await jsonBody(context), context.get("now")), 201, noStore);
  });

  routes.delete("/communities/:community/resources/:id/blocks/:blockId", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    await unblockTime(db, community, context.req.param("id"), context.req.param("blockId"));
    return context.body(null, 204);
  });

  for (const [action, decision] of [["approve", "confirmed"], ["reject", "rejected"]] as const) {
    routes.post(`/communities/:community/bookings/:id/${action}`, key, async (context) => {
      const community = await findCommunity(db, context.req.param("community"));
      return context.json(await decideBooking(db, community, context.req.param("id"), decision), 200, noStore);
    });
  }

  routes.post("/communities/:community/teams", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await createTeam(db, community, await jsonBody(context)), 201, noStore);
  });

  routes.post("/communities/:community/opportunities", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const opportunity = await createOpportunity(db, community, await jsonBody(context), context.get("now"));
    context.header("Location", `/v1/communities/${community.id}/opportunities/${opportunity.id}`);
    return context.json(opportunity, 201, noStore);
  });

  routes.post("/communities/:community/opportunities/:id/shifts", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await createShift(db, community, context.req.param("id"), await jsonBody(context)), 201, noStore);
  });

  routes.get("/communities/:community/shifts/:id/signups", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await listSignups(db, community, context.req.param("id")), 200, { ...noStore, Vary: "Authorization" });
  });

  routes.post("/communities/:community/signups/:id/check-in", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await checkIn(db, community, context.req.param("id"), context.get("now")), 200, noStore);
  });

  routes.put("/communities/:community/signups/:id/attendance", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await markAttendance(db, community, context.req.param("id"), await jsonBody(context), context.get("now")), 200, noStore);
  });

  routes.get("/communities/:community/volunteer-hours", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const query = validQuery(VolunteerHoursQuery, context.req.query());
    return context.json(volunteerHours(query, await servedShifts(db, community, query)), 200, { ...noStore, Vary: "Authorization" });
  });

  routes.get("/communities/:community/volunteer-hours.csv", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const query = validQuery(VolunteerHoursQuery, context.req.query());
    return context.body(volunteerHoursCsv(await servedShifts(db, community, query)), 200, {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${community.id}-volunteer-hours-${query.from}-${query.to}.csv"`,
    });
  });

  routes.post("/communities/:community/partners", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const partner = await createPartner(db, community, await jsonBody(context), context.get("now"));
    context.header("Location", `/v1/communities/${community.id}/partners/${partner.id}`);
    return context.json(partner, 201, noStore);
  });

  routes.patch("/communities/:community/partners/:id", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await updatePartner(db, community, context.req.param("id"), await jsonBody(context), context.get("now")), 200, noStore);
  });

  routes.delete("/communities/:community/partners/:id", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    await deletePartner(db, community, context.req.param("id"));
    return context.body(null, 204);
  });

  // One person's data, by phone, on their request: what is kept (export), and erasing it.
  const phoneOf = (context: { req: { query(): Record<string, string> } }) => validQuery(PersonalDataQuery, context.req.query()).phone;
  routes.get("/communities/:community/personal-data", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await personalData(db, community.id, phoneOf(context)), 200, noStore);
  });
  routes.delete("/communities/:community/personal-data", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json(await erasePersonalData(db, community.id, phoneOf(context), context.get("now")), 200, noStore);
  });

  // The community's keys (never their secrets), revoking one, and what they have been used for.
  routes.get("/communities/:community/api-keys", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    return context.json({ items: await listApiKeys(db, community.id) }, 200, noStore);
  });

  routes.delete("/communities/:community/api-keys/:id", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    if (!(await revokeApiKey(db, community.id, context.req.param("id"), context.get("now")))) {
      throw new ProblemError(404, "not_found", "Key not found", `${community.id} has no working key "${context.req.param("id")}"`);
    }
    return context.body(null, 204);
  });

  routes.get("/communities/:community/audit-log", key, async (context) => {
    const community = await findCommunity(db, context.req.param("community"));
    const { limit = 100 } = validQuery(AuditLogQuery, context.req.query());
    return context.json({ items: await auditLog(db, community.id, limit) }, 200, noStore);
  });

  return routes;
}
