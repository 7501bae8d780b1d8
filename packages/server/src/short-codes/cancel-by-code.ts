import { type CancelByCodeResult, type CodeStatus, formatInstantIn } from "@community-kit/schema";
import type { Kysely } from "kysely";
import { cancelBooking, checkBooking } from "../bookings/book.js";
import type { Database } from "../database/tables.js";
import { hashSecret } from "../http/secrets.js";
import type { Outcome, Refusal } from "../refusals.js";
import { cancelRegistration } from "../registrations/cancel.js";
import { checkRegistration } from "../registrations/check.js";
import { cancelSignup, checkSignup } from "../volunteers/sign-up.js";
import { shortCodeHash } from "./short-code.js";

/** How many wrong tries are let through in a window: for one phone number, and from one client. */
export interface ShortCodeTries {
  perPhone: number;
  perClient: number;
  windowMs: number;
}

/** Five wrong tries an hour for a phone: a resident mistyping is let through, a guess at 31⁸ codes is not. */
export const DEFAULT_SHORT_CODE_TRIES: ShortCodeTries = { perPhone: 5, perClient: 20, windowMs: 3_600_000 };

export type CancelByCodeRefusal = "short_code_not_found" | "too_many_attempts";

export interface CancelByCodeCommand {
  communityId: string;
  /** Canonical, as the schema made it. */
  code: string;
  /** Normalized, as the schema made it. */
  phone: string;
  /** Who is trying: the client's address. */
  client: string;
  /** The community's, in which the answer says when. */
  timeZone: string;
  /** Staff with the community's key are not counted. */
  counted: boolean;
  tries: ShortCodeTries;
  now: Date;
}

type Standing = Pick<CodeStatus, "status" | "position" | "reason" | "eventCancelled"> & { shiftCancelled?: boolean };

/** What a code found, its times as stored, how to cancel it, and how to read where it stands. */
type Found = CancelByCodeResult & { cancel: () => Promise<Outcome<unknown, string>>; check: () => Promise<Outcome<Standing, string>> };

/** The registration, booking or sign-up the code and phone name in the community, with how to cancel it. */
async function findByCode(db: Kysely<Database>, command: CancelByCodeCommand): Promise<Found | undefined> {
  const { communityId, now } = command;
  const hash = shortCodeHash(command.code, command.phone);
  const proven = { cancelToken: undefined, byShortCode: true, communityId, now };

  const registration = await db
    .selectFrom("registrations")
    .innerJoin("events", (join) => join.onRef("events.id", "=", "registrations.event_id").onRef("events.community_id", "=", "registrations.community_id"))
    .select(["registrations.id", "registrations.event_id", "events.title", "events.start_at", "events.end_at"])
    .where("registrations.community_id", "=", communityId)
    .where("registrations.short_code_hash", "=", hash)
    .executeTakeFirst();
  if (registration) {
    const { id, event_id: eventId } = registration;
    const cancel = () => cancelRegistration(db, { ...proven, eventId, registrationId: id });
    const check = () => checkRegistration(db, { ...proven, eventId, registrationId: id });
    return { kind: "registration", id, title: registration.title, start: registration.start_at, end: registration.end_at, cancel, check };
  }

  const booking = await db
    .selectFrom("bookings")
    .innerJoin("resources", (join) => join.onRef("resources.id", "=", "bookings.resource_id").onRef("resources.community_id", "=", "bookings.community_id"))
    .select(["bookings.id", "resources.name", "bookings.start_at", "bookings.end_at"])
    .where("bookings.community_id", "=", communityId)
    .where("bookings.short_code_hash", "=", hash)
    .executeTakeFirst();
  if (booking) {
    const cancel = () => cancelBooking(db, { ...proven, bookingId: booking.id });
    const check = () => checkBooking(db, { ...proven, bookingId: booking.id });
    return { kind: "booking", id: booking.id, title: booking.name, start: booking.start_at, end: booking.end_at, cancel, check };
  }

  const signup = await db
    .selectFrom("signups")
    .innerJoin("shifts", (join) => join.onRef("shifts.id", "=", "signups.shift_id").onRef("shifts.community_id", "=", "signups.community_id"))
    .innerJoin("opportunities", (join) =>
      join.onRef("opportunities.id", "=", "shifts.opportunity_id").onRef("opportunities.community_id", "=", "shifts.community_id"),
    )
    .select(["signups.id", "opportunities.title", "shifts.start_at", "shifts.end_at"])
    .where("signups.community_id", "=", communityId)
    .where("signups.short_code_hash", "=", hash)
    .executeTakeFirst();
  if (signup) {
    const cancel = () => cancelSignup(db, { ...proven, signupId: signup.id });
    const check = () => checkSignup(db, { ...proven, signupId: signup.id });
    return { kind: "signup", id: signup.id, title: signup.title, start: signup.start_at, end: signup.end_at, cancel, check };
  }
  return undefined;
}

const subjects = (command: CancelByCodeCommand): [phone: string, client: string] => [`phone:${hashSecret(command.phone)}`, `client:${command.client}`];

/** Whether the phone or the client has used up its wrong tries in the window before now. */
async function triesUsedUp(db: Kysely<Database>, command: CancelByCodeCommand): Promise<boolean> {
  const since = new Date(command.now.getTime() - command.tries.windowMs).toISOString();
  const [phone, client] = subjects(command);
  const failures = await db
    .selectFrom("short_code_failures")
    .select(["subject", (expression) => expression.fn.countAll<number | bigint | string>().as("count")])
    .where("community_id", "=", command.communityId)
    .where("subject", "in", [phone, client])
    .where("failed_at", ">", since)
    .groupBy("subject")
    .execute();
  const count = (subject: string) => Number(failures.find((row) => row.subject === subject)?.count ?? 0);
  return count(phone) >= command.tries.perPhone || count(client) >= command.tries.perClient;
}

/** Counts a wrong try against the phone and the client, and forgets the community's tries older than the window. */
async function countFailure(db: Kysely<Database>, command: CancelByCodeCommand): Promise<void> {
  const { communityId, now } = command;
  await db
    .deleteFrom("short_code_failures")
    .where("community_id", "=", communityId)
    .where("failed_at", "<=", new Date(now.getTime() - command.tries.windowMs).toISOString())
    .execute();
  await db
    .insertInto("short_code_failures")
    .values(subjects(command).map((subject) => ({ community_id: communityId, subject, failed_at: now.toISOString() })))
    .execute();
}

/**
 * Finds what the short code and phone number name and acts on it. Wrong tries are counted per phone
 * and per client; once either has used up its tries, even the right code waits for the window to
 * pass, so that guessing learns nothing.
 */
async function withCode<Done>(
  db: Kysely<Database>,
  command: CancelByCodeCommand,
  act: (found: Found) => Promise<Done>,
): Promise<Outcome<Done, CancelByCodeRefusal>> {
  const refuse = (refusal: Refusal<CancelByCodeRefusal>) => ({ refused: refusal });
  if (command.counted && (await triesUsedUp(db, command))) {
    const minutes = Math.round(command.tries.windowMs / 60_000);
    return refuse({
      code: "too_many_attempts",
      title: "Too many wrong codes",
      detail: `Too many wrong short codes; try again in up to ${minutes} minutes`,
      extensions: { retryAfter: minutes * 60 },
    });
  }
  const found = await findByCode(db, command);
  if (!found) {
    if (command.counted) await countFailure(db, command);
    return refuse({
      code: "short_code_not_found",
      title: "No such short code",
      detail: "No registration, booking or sign-up has this short code with this phone number",
    });
  }
  return { done: await act(found) };
}

/** What was found, and when, in the community's zone. */
function described(found: Found, timeZone: string): CancelByCodeResult {
  const said = (instant: string) => formatInstantIn(new Date(instant), timeZone);
  return { kind: found.kind, id: found.id, title: found.title, start: said(found.start), end: said(found.end) };
}

/** Cancels the registration, booking or sign-up the short code and phone number name, as its cancel token would, and says what it was. Cancelling twice is not an error. */
export function cancelByCode(db: Kysely<Database>, command: CancelByCodeCommand): Promise<Outcome<CancelByCodeResult, CancelByCodeRefusal>> {
  return withCode(db, command, async (found) => {
    const cancelled = await found.cancel();
    if (cancelled.refused) throw new Error(`Cancelling by short code was refused: ${cancelled.refused.code}`);
    return described(found, command.timeZone);
  });
}

/** Where the registration, booking or sign-up the short code and phone number name stands now, and what it is. */
export function statusByCode(db: Kysely<Database>, command: CancelByCodeCommand): Promise<Outcome<CodeStatus, CancelByCodeRefusal>> {
  return withCode(db, command, async (found) => {
    const checked = await found.check();
    if (checked.refused) throw new Error(`Reading by short code was refused: ${checked.refused.code}`);
    const { status, position, reason, shiftCancelled } = checked.done;
    // A shift the centre called off reads as an event called off.
    const eventCancelled = checked.done.eventCancelled ?? shiftCancelled;
    return {
      ...described(found, command.timeZone),
      status,
      ...(position === undefined ? {} : { position }),
      ...(reason === undefined ? {} : { reason }),
      ...(eventCancelled === undefined ? {} : { eventCancelled }),
    };
  });
}
