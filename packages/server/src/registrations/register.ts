import { randomUUID } from "node:crypto";
import type * as z from "zod/mini";
import type { RegistrationRequest, RegistrationResult } from "@community-kit/schema";
import { type Kysely, sql } from "kysely";
import { writeTransaction } from "../database/write-transaction.js";
import type { Database } from "../database/tables.js";
import { storeOccurrence } from "../events/occurrences.js";
import { consentColumns } from "../notices/consent-columns.js";
import { noticeChange } from "../notices/write-notice.js";
import { earlierAnswer, fingerprintOf, rememberAnswer } from "../http/idempotency.js";
import { residentSecrets } from "../short-codes/short-code.js";
import { type Outcome, type Refuser, outcomeOf, refuseFields, refuserOf } from "../refusals.js";

export interface RegisterCommand {
  communityId: string;
  eventId: string;
  idempotencyKey: string;
  /** The body as the schema made it (a phone normalized, defaults filled). */
  request: z.output<typeof RegistrationRequest>;
  now: Date;
}

/** A registration, or the first answer to its Idempotency-Key replayed. */
export interface Registered {
  body: RegistrationResult;
  replayed: boolean;
}

export type RegistrationRefusal =
  | "event_not_found"
  | "event_past"
  | "registration_closed"
  | "invalid_body"
  | "duplicate_registration"
  | "idempotency_key_reused";
const refuse: Refuser<RegistrationRefusal> = refuserOf();

/**
 * Registers for an event. The places are held by the database: inside one
 * write transaction (writeTransaction) the event's counter is raised only if it stays within
 * capacity; a registration that does not fit joins the waitlist, in the order
 * the transactions ran. Places go first-fit in arrival order: a waiting party
 * too large for what is free does not keep a smaller one out of it. The same
 * Idempotency-Key with the same request replays the first answer.
 */
export async function register(db: Kysely<Database>, command: RegisterCommand): Promise<Outcome<Registered, RegistrationRefusal>> {
  const { idempotencyKey: key, request } = command;
  const fingerprint = fingerprintOf(command.eventId, request.name, request.phone, request.partySize);
  const now = command.now;

  return outcomeOf(() =>
    writeTransaction(db, command.communityId, async (transaction) => {
      const earlier = await earlierAnswer<RegistrationResult>(transaction, command.communityId, key, fingerprint);
      if (earlier) return { body: earlier.body, replayed: true };

      // An occurrence of a series gets its own row here, in the transaction that takes its places.
      await storeOccurrence(transaction, command.communityId, command.eventId);
      const event = await transaction
        .selectFrom("events")
        .select(["id", "capacity", "end_at", "registration_open", "registration_closes_at", "max_party_size", "status"])
        .where("community_id", "=", command.communityId)
        .where("id", "=", command.eventId)
        .where("recurrence", "is", null)
        .executeTakeFirst();
      if (!event) refuse("event_not_found", "Event not found", `There is no event "${command.eventId}" in ${command.communityId}`);
      if (event.end_at <= now.toISOString()) refuse("event_past", "Event is over", "Registration is not possible after an event has ended");
      if (
        !event.registration_open ||
        event.status === "cancelled" ||
        (event.registration_closes_at !== null && event.registration_closes_at <= now.toISOString())
      ) {
        refuse("registration_closed", "Registration closed", "This event does not take registrations now");
      }
      if (request.partySize > event.max_party_size) {
        refuseFields([{ field: "partySize", code: "too_big", message: `At most ${event.max_party_size} people per registration for this event` }]);
      }
      const samePhone = await transaction
        .selectFrom("registrations")
        .select("id")
        .where("community_id", "=", command.communityId)
        .where("event_id", "=", command.eventId)
        .where("phone", "=", request.phone)
        .where("status", "!=", "cancelled")
        .executeTakeFirst();
      if (samePhone) {
        refuse("duplicate_registration", "Already registered", "This phone number is already registered for this event", {
          errors: [{ field: "phone", code: "duplicate_registration", message: "Already registered for this event" }],
        });
      }

      const status = (await takePlaces(transaction, command.communityId, command.eventId, request.partySize)) ? "confirmed" : "waitlisted";
      const registrationId = randomUUID();
      const secrets = residentSecrets(request.phone);
      await transaction
        .insertInto("registrations")
        .values({
          id: registrationId,
          community_id: command.communityId,
          event_id: command.eventId,
          name: request.name,
          phone: request.phone,
          party_size: request.partySize,
          status,
          ...secrets.kept,
          ...consentColumns(request),
          created_at: now.toISOString(),
        })
        .execute();
      if (status === "confirmed") {
        await noticeChange(transaction, { communityId: command.communityId, subject: "registration", subjectId: registrationId, cause: "confirmed", now });
      }

      const answer = { registrationId, partySize: request.partySize, ...secrets.answer };
      const body: RegistrationResult =
        status === "waitlisted"
          ? { ...answer, status, position: await waitlistPosition(transaction, command.communityId, command.eventId, registrationId) }
          : { ...answer, status };
      await rememberAnswer(transaction, command.communityId, key, fingerprint, 201, body, now);
      return { body, replayed: false };
    }),
  );
}

/**
 * Raises the event's counter by `people` if it stays within capacity (an event
 * without a capacity always has room): one conditional update, so the check
 * and the taking cannot come apart. Returns whether the places were taken.
 */
export async function takePlaces(db: Kysely<Database>, communityId: string, eventId: string, people: number): Promise<boolean> {
  const result = await db
    .updateTable("events")
    .set({ registered_count: sql`coalesce(registered_count, 0) + ${people}` })
    .where("community_id", "=", communityId)
    .where("id", "=", eventId)
    .where((where) => where.or([where("capacity", "is", null), where(sql`coalesce(registered_count, 0) + ${people}`, "<=", sql.ref("capacity"))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function waitlistPosition(db: Kysely<Database>, communityId: string, eventId: string, registrationId: string): Promise<number> {
  const row = await db
    .selectFrom("registrations as mine")
    .innerJoin("registrations as ahead", (join) =>
      join.onRef("ahead.community_id", "=", "mine.community_id").onRef("ahead.event_id", "=", "mine.event_id").onRef("ahead.seq", "<=", "mine.seq"),
    )
    .select((expression) => expression.fn.countAll<number>().as("position"))
    .where("mine.id", "=", registrationId)
    .where("mine.community_id", "=", communityId)
    .where("mine.event_id", "=", eventId)
    .where("ahead.status", "=", "waitlisted")
    .executeTakeFirstOrThrow();
  return Number(row.position);
}

export type { RegistrationRequest };
