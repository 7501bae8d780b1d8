import { BlockRequest, BookingListQuery, BookingRejection, ManagedBooking, Resource, ResourceUpdate, ResourceWrite } from "@community-kit/schema";
import { describeRoute } from "hono-openapi";
import * as z from "zod/mini";
import { jsonAnswer, pathId, problemAnswer } from "../../api-document/describe.js";
import { validJson, validQuery } from "../../http/validation.js";
import { cancelByCentre, decideBooking, listBookings } from "../../management/manage-bookings.js";
import { blockTime, createResource, deleteResource, unblockTime, updateResource } from "../../management/manage-resources.js";
import type { Management } from "./management.js";

/** Rooms and equipment, their blocks, and the bookings staff approve. */
export function manageRooms({ routes, db, allow, community, noStore, personal }: Management): void {
  routes.get(
    "/communities/:community/bookings",
    describeRoute({
      operationId: "listBookings",
      summary: "Bookings with who made them and how to reach them, in start order (at most 1,000)",
      responses: { 200: jsonAnswer("The bookings", z.array(ManagedBooking)) },
    }),
    allow("bookings"),
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
    allow("rooms"),
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
    allow("rooms"),
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
    allow("rooms"),
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
    allow("rooms"),
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
    allow("rooms"),
    community,
    async (context) => {
      await unblockTime(db, context.get("community"), context.req.param("id"), context.req.param("blockId"));
      return context.body(null, 204);
    },
  );

  routes.post(
    "/communities/:community/bookings/:id/approve",
    describeRoute({
      operationId: "approveBooking",
      summary: "Approve a booking awaiting approval",
      parameters: [pathId("The booking's id")],
      responses: {
        200: jsonAnswer("The booking as it is now", ManagedBooking),
        404: problemAnswer("No such booking (booking_not_found)"),
        409: problemAnswer("Not awaiting approval (booking_not_pending)"),
      },
    }),
    allow("bookings"),
    community,
    async (context) => context.json(await decideBooking(db, context.get("community"), context.req.param("id"), "confirmed", context.get("now")), 200, noStore),
  );

  routes.post(
    "/communities/:community/bookings/:id/cancel",
    describeRoute({
      operationId: "cancelBookingByCentre",
      summary: "The centre cancels a booking it cannot keep, with the reason the resident reads; its time is free at once and the resident is told",
      parameters: [pathId("The booking's id")],
      responses: {
        200: jsonAnswer("The booking as it is now", ManagedBooking),
        400: problemAnswer("No reason given (invalid_body)"),
        404: problemAnswer("No such booking (booking_not_found)"),
        409: problemAnswer("Already cancelled, or turned down (booking_not_active)"),
      },
    }),
    allow("bookings"),
    community,
    validJson(BookingRejection),
    async (context) =>
      context.json(
        await cancelByCentre(db, context.get("community"), context.req.param("id"), context.req.valid("json").reason, context.get("now")),
        200,
        noStore,
      ),
  );

  routes.post(
    "/communities/:community/bookings/:id/reject",
    describeRoute({
      operationId: "rejectBooking",
      summary: "Reject a booking awaiting approval, with the reason the resident reads; its time is free at once",
      parameters: [pathId("The booking's id")],
      responses: {
        200: jsonAnswer("The booking as it is now", ManagedBooking),
        400: problemAnswer("No reason given (invalid_body)"),
        404: problemAnswer("No such booking (booking_not_found)"),
        409: problemAnswer("Not awaiting approval (booking_not_pending)"),
      },
    }),
    allow("bookings"),
    community,
    validJson(BookingRejection),
    async (context) =>
      context.json(
        await decideBooking(db, context.get("community"), context.req.param("id"), "rejected", context.get("now"), context.req.valid("json").reason),
        200,
        noStore,
      ),
  );
}
