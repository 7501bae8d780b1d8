import { randomUUID } from "node:crypto";
import { type BlockRequest, type ManagedBooking, Resource, type ResourceUpdate, type ResourceWrite, fits, formatInstantIn } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type * as z from "zod/mini";
import { writeTransaction } from "../database/write-transaction.js";
import type { Database, CommunityRow } from "../database/tables.js";
import { ProblemError, invalidFields, validBody } from "../http/problem.js";
import { hashSecret, newSecret } from "../http/secrets.js";
import { heldAs, heldBookings } from "../resources/availability.js";
import { resourceFromRow, rowFromResource } from "../resources/resource-row.js";

const notFound = (id: string) => new ProblemError(404, "resource_not_found", "Resource not found", `There is no room or equipment "${id}"`);

async function stored(db: Kysely<Database>, community: CommunityRow, id: string): Promise<Resource> {
  const row = await db.selectFrom("resources").selectAll().where("community_id", "=", community.id).where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(id);
  return resourceFromRow(row);
}

export async function createResource(db: Kysely<Database>, community: CommunityRow, fields: z.output<typeof ResourceWrite>, now: Date): Promise<Resource> {
  return writeTransaction(db, community.id, async (transaction) => {
    const exists = await transaction
      .selectFrom("resources")
      .select("id")
      .where("community_id", "=", community.id)
      .where("id", "=", fields.id)
      .executeTakeFirst();
    if (exists) throw new ProblemError(409, "resource_exists", "Resource exists", `There is already "${fields.id}"; change it with PATCH`);
    const count = await transaction
      .selectFrom("resources")
      .select((expression) => expression.fn.countAll<number>().as("count"))
      .where("community_id", "=", community.id)
      .executeTakeFirstOrThrow();
    await transaction
      .insertInto("resources")
      .values(rowFromResource(community.id, community.timezone, fields, Number(count.count), now))
      .execute();
    return stored(transaction, community, fields.id);
  });
}

/** Changes a resource's details, hours or rules; bookings already made stand. */
export async function updateResource(
  db: Kysely<Database>,
  community: CommunityRow,
  id: string,
  changes: z.output<typeof ResourceUpdate>,
  now: Date,
): Promise<Resource> {
  return writeTransaction(db, community.id, async (transaction) => {
    const current = await stored(transaction, community, id);
    const next = validBody(Resource, { ...current, ...changes });
    const row = await transaction
      .selectFrom("resources")
      .select("position")
      .where("community_id", "=", community.id)
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const { community_id: _, id: __, ...columns } = rowFromResource(community.id, current.timezone, next, row.position, now);
    await transaction.updateTable("resources").set(columns).where("community_id", "=", community.id).where("id", "=", id).execute();
    return stored(transaction, community, id);
  });
}

/** Deletes a resource nobody has a booking of still to come. */
export async function deleteResource(db: Kysely<Database>, community: CommunityRow, id: string, now: Date): Promise<void> {
  await writeTransaction(db, community.id, async (transaction) => {
    await stored(transaction, community, id);
    const coming = await transaction
      .selectFrom("bookings")
      .select("id")
      .where("community_id", "=", community.id)
      .where("resource_id", "=", id)
      .where("kind", "=", "booking")
      .where("status", "in", ["confirmed", "pending"])
      .where("end_at", ">", now.toISOString())
      .executeTakeFirst();
    if (coming) throw new ProblemError(409, "resource_has_bookings", "Bookings to come", "Cancel or reject its bookings still to come first");
    await transaction.deleteFrom("resources").where("community_id", "=", community.id).where("id", "=", id).execute();
  });
}

/** Keeps time free for maintenance; refused where bookings hold it (cancel or reject them first). */
export async function blockTime(
  db: Kysely<Database>,
  community: CommunityRow,
  id: string,
  request: z.output<typeof BlockRequest>,
  now: Date,
): Promise<ManagedBooking> {
  const start = new Date(request.start);
  const end = new Date(request.end);
  if (end <= start) throw invalidFields([{ field: "end", code: "too_small", message: "The end must come after the start" }]);
  return writeTransaction(db, community.id, async (transaction) => {
    const resource = await stored(transaction, community, id);
    const held = await heldBookings(transaction, community.id, resource, start, end);
    // A block takes the whole resource, every unit.
    if (!fits({ start, end }, resource.quantity ?? 1, resource.quantity ?? 1, held, resource.limits.bufferMinutes)) {
      throw new ProblemError(409, "slot_unavailable", "Time is booked", "Bookings hold part of this time; cancel or reject them first");
    }
    const block = {
      id: randomUUID(),
      community_id: community.id,
      resource_id: id,
      start_at: start.toISOString(),
      end_at: end.toISOString(),
      units: resource.quantity ?? 1,
      status: "confirmed" as const,
      kind: "block" as const,
      purpose: request.reason,
      name: "",
      phone: "",
      cancel_token_hash: hashSecret(newSecret()),
      created_at: now.toISOString(),
      ...heldAs(resource),
    };
    await transaction.insertInto("bookings").values(block).execute();
    return {
      id: block.id,
      kind: "block",
      resourceId: id,
      start: formatInstantIn(start, resource.timezone),
      end: formatInstantIn(end, resource.timezone),
      units: block.units,
      status: "confirmed",
      purpose: request.reason,
      name: "",
      phone: "",
      createdAt: formatInstantIn(now, resource.timezone),
    };
  });
}

/** Lifts a block. */
export async function unblockTime(db: Kysely<Database>, community: CommunityRow, resourceId: string, blockId: string): Promise<void> {
  const result = await db
    .deleteFrom("bookings")
    .where("community_id", "=", community.id)
    .where("resource_id", "=", resourceId)
    .where("id", "=", blockId)
    .where("kind", "=", "block")
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0)
    throw new ProblemError(404, "booking_not_found", "Block not found", `There is no block "${blockId}" of ${resourceId}`);
}
