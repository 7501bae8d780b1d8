import { randomUUID } from "node:crypto";
import { consentColumns } from "../notices/consent-columns.js";
import { noticeChange } from "../notices/write-notice.js";
import type * as z from "zod/mini";
import { type SignupCheck, type SignupRequest, type SignupResult, formatInstantIn } from "@community-kit/schema";
import { type Kysely, sql } from "kysely";
import { writeTransaction } from "../database/write-transaction.js";
import type { Database } from "../database/tables.js";
import { earlierAnswer, fingerprintOf, rememberAnswer } from "../http/idempotency.js";
import { residentSecrets } from "../short-codes/short-code.js";
import { type CancelledBy, type Outcome, type Refuser, outcomeOf, refuseFields, refuserOf, requireCancelToken } from "../refusals.js";

export interface SignUpCommand {
  communityId: string;
  timeZone: string;
  shiftId: string;
  idempotencyKey: string;
  /** The body as the schema made it (a phone normalized, defaults filled). */
  request: z.output<typeof SignupRequest>;
  now: Date;
}

/**
 * Raises the shift's filled count by one if it stays within capacity: one
 * conditional update, so the check and the taking cannot come apart (and the
 * table's CHECK refuses more in any case). Returns whether the place was taken.
 */
export async function takePlace(db: Kysely<Database>, communityId: string, shiftId: string): Promise<boolean> {
  const result = await db
    .updateTable("shifts")
    .set({ filled: sql`filled + 1` })
    .where("community_id", "=", communityId)
    .where("id", "=", shiftId)
    .where(sql<boolean>`filled < capacity`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function waitlistPosition(db: Kysely<Database>, communityId: string, shiftId: string, seq: number): Promise<number> {
  const row = await db
    .selectFrom("signups")
    .select((expression) => expression.fn.countAll<number>().as("position"))
    .where("community_id", "=", communityId)
    .where("shift_id", "=", shiftId)
    .where("status", "=", "waitlisted")
    .where("seq", "<=", seq)
    .executeTakeFirstOrThrow();
  return Number(row.position);
}

/**
 * Signs a volunteer up for a shift: confirmed while places last, else on the
 * waitlist in the order the transactions ran, all inside one write
 * transaction. A phone that already holds a shift overlapping this one is
 * refused with that shift named. The same Idempotency-Key replays the first answer.
 */
/** A sign-up, or the first answer to its Idempotency-Key replayed. */
export interface SignedUp {
  body: SignupResult;
  replayed: boolean;
}

export type SignupRefusal = "invalid_body" | "shift_not_found" | "shift_started" | "duplicate_signup" | "overlapping_signup" | "idempotency_key_reused";
export type SignupTokenRefusal = "signup_not_found" | "invalid_cancel_token";
const refuse: Refuser<SignupRefusal | SignupTokenRefusal> = refuserOf();

export async function signUp(db: Kysely<Database>, command: SignUpCommand): Promise<Outcome<SignedUp, SignupRefusal>> {
  const { idempotencyKey: key, request } = command;
  const fingerprint = fingerprintOf(command.shiftId, request.name, request.phone, request.skills ?? [], request.showName ?? false);
  const now = command.now;

  return outcomeOf(() =>
    writeTransaction(db, command.communityId, async (transaction) => {
      const earlier = await earlierAnswer<SignupResult>(transaction, command.communityId, key, fingerprint);
      if (earlier) return { body: earlier.body, replayed: true };

      const shift = await transaction
        .selectFrom("shifts")
        .selectAll()
        .where("community_id", "=", command.communityId)
        .where("id", "=", command.shiftId)
        .where("cancelled_at", "is", null)
        .executeTakeFirst();
      if (!shift) refuse("shift_not_found", "Shift not found", `There is no shift "${command.shiftId}" in ${command.communityId}`);
      if (shift.start_at <= now.toISOString()) refuse("shift_started", "Shift has started", "Sign-ups close when a shift starts");
      if (shift.minimum_age !== null && request.meetsMinimumAge !== true) {
        refuseFields([{ field: "meetsMinimumAge", code: "minimum_age", message: `Volunteers on this shift must be at least ${shift.minimum_age}` }]);
      }

      // Any shift of this phone that overlaps, waitlisted ones included: a promotion must never double-book a volunteer.
      const overlapping = await transaction
        .selectFrom("signups")
        .innerJoin("shifts", (join) => join.onRef("shifts.community_id", "=", "signups.community_id").onRef("shifts.id", "=", "signups.shift_id"))
        .innerJoin("opportunities", (join) =>
          join.onRef("opportunities.community_id", "=", "shifts.community_id").onRef("opportunities.id", "=", "shifts.opportunity_id"),
        )
        .select(["shifts.id", "shifts.start_at", "shifts.end_at", "opportunities.title"])
        .where("signups.community_id", "=", command.communityId)
        .where("signups.phone", "=", request.phone)
        .where("signups.status", "in", ["confirmed", "waitlisted"])
        .where("shifts.start_at", "<", shift.end_at)
        .where("shifts.end_at", ">", shift.start_at)
        .executeTakeFirst();
      if (overlapping) {
        const same = overlapping.id === shift.id;
        refuse(
          same ? "duplicate_signup" : "overlapping_signup",
          same ? "Already signed up" : "Overlapping shift",
          same ? "This phone number is already signed up for this shift" : `This phone number already holds "${overlapping.title}" at an overlapping time`,
          {
            errors: [
              {
                field: "phone",
                code: same ? "duplicate_signup" : "overlapping_signup",
                message: same ? "Already signed up for this shift" : `Already holds "${overlapping.title}" then`,
              },
            ],
            extensions: {
              conflict: {
                shiftId: overlapping.id,
                title: overlapping.title,
                start: formatInstantIn(new Date(overlapping.start_at), command.timeZone),
                end: formatInstantIn(new Date(overlapping.end_at), command.timeZone),
              },
            },
          },
        );
      }

      const status = (await takePlace(transaction, command.communityId, shift.id)) ? "confirmed" : "waitlisted";
      const signupId = randomUUID();
      const secrets = residentSecrets(request.phone);
      const inserted = await transaction
        .insertInto("signups")
        .values({
          id: signupId,
          community_id: command.communityId,
          shift_id: shift.id,
          name: request.name,
          phone: request.phone,
          skills: JSON.stringify(request.skills ?? []),
          show_name: request.showName ? 1 : 0,
          status,
          ...secrets.kept,
          ...consentColumns(request),
          created_at: now.toISOString(),
        })
        .returning("seq")
        .executeTakeFirstOrThrow();
      if (status === "confirmed") {
        await noticeChange(transaction, { communityId: command.communityId, subject: "signup", subjectId: signupId, cause: "confirmed", now });
      }

      const answer = {
        signupId,
        shiftId: shift.id,
        start: formatInstantIn(new Date(shift.start_at), command.timeZone),
        end: formatInstantIn(new Date(shift.end_at), command.timeZone),
        ...secrets.answer,
      };
      const body: SignupResult =
        status === "waitlisted"
          ? { ...answer, status, position: await waitlistPosition(transaction, command.communityId, shift.id, inserted.seq) }
          : { ...answer, status };
      await rememberAnswer(transaction, command.communityId, key, fingerprint, 201, body, now);
      return { body, replayed: false };
    }),
  );
}

/** The sign-up `command` names, for whoever holds its token (or staff acting on the volunteer's request). */
async function heldSignup(db: Kysely<Database>, command: CancelledBy & { communityId: string; signupId: string }) {
  const signup = await db
    .selectFrom("signups")
    .selectAll()
    .where("community_id", "=", command.communityId)
    .where("id", "=", command.signupId)
    .executeTakeFirst();
  if (!signup) refuse("signup_not_found", "Sign-up not found", "There is no such sign-up");
  requireCancelToken(signup.cancel_token_hash, command, "sign-up");
  return signup;
}

/**
 * Cancels a sign-up with its token. A confirmed volunteer's place goes to the
 * first on the waitlist, in the same transaction. Cancelling twice is not an
 * error. Returns whether someone was promoted.
 */
export async function cancelSignup(
  db: Kysely<Database>,
  command: CancelledBy & { communityId: string; signupId: string; now: Date },
): Promise<Outcome<{ promoted: boolean }, SignupTokenRefusal>> {
  const now = command.now;
  return outcomeOf(() =>
    writeTransaction(db, command.communityId, async (transaction) => {
      const signup = await heldSignup(transaction, command);
      if (signup.status === "cancelled") return { promoted: false };
      await transaction.updateTable("signups").set({ status: "cancelled", cancelled_at: now.toISOString() }).where("seq", "=", signup.seq).execute();
      if (signup.status !== "confirmed") return { promoted: false };

      const next = await transaction
        .selectFrom("signups")
        .select(["seq", "id"])
        .where("community_id", "=", command.communityId)
        .where("shift_id", "=", signup.shift_id)
        .where("status", "=", "waitlisted")
        .orderBy("seq")
        .executeTakeFirst();
      // The place passes straight to the next in line, so the count stays; with nobody waiting it frees.
      if (next) {
        await transaction.updateTable("signups").set({ status: "confirmed" }).where("seq", "=", next.seq).execute();
        await noticeChange(transaction, { communityId: command.communityId, subject: "signup", subjectId: next.id, cause: "promoted", now });
      } else
        await transaction
          .updateTable("shifts")
          .set({ filled: sql`filled - 1` })
          .where("community_id", "=", command.communityId)
          .where("id", "=", signup.shift_id)
          .execute();
      return { promoted: Boolean(next) };
    }),
  );
}

/** Where a sign-up stands now, for whoever holds its token: confirmed (perhaps promoted), its waitlist place, or cancelled, and whether the centre called the shift off. */
export async function checkSignup(
  db: Kysely<Database>,
  command: CancelledBy & { communityId: string; signupId: string },
): Promise<Outcome<SignupCheck, SignupTokenRefusal>> {
  return outcomeOf(async () => {
    const signup = await heldSignup(db, command);
    const shift = await db
      .selectFrom("shifts")
      .select(["cancelled_at", "cancel_reason"])
      .where("community_id", "=", command.communityId)
      .where("id", "=", signup.shift_id)
      .executeTakeFirstOrThrow();
    const held = {
      signupId: signup.id,
      shiftId: signup.shift_id,
      ...(shift.cancelled_at ? { shiftCancelled: true, ...(shift.cancel_reason ? { reason: shift.cancel_reason } : {}) } : {}),
    };
    if (signup.status !== "waitlisted") return { ...held, status: signup.status };
    return { ...held, status: signup.status, position: await waitlistPosition(db, command.communityId, signup.shift_id, signup.seq) };
  });
}
