import * as z from "zod/mini";
import { checked, maxCodePoints } from "./checked.js";
import { type Confirmed, Int, LineOfText, type Waitlisted, WaitlistPosition, WholeNumber, withPositionWhenWaitlisted } from "./common.js";

/**
 * Phone numbers as residents type them: a mainland mobile (13800138000, with
 * spaces or dashes, or +86 before it) or any E.164 number (+44 20 7946 0958).
 * The canonical form drops the separators and +86.
 */
export function normalizePhone(input: string): string {
  const compact = input.replace(/[\s\-()]/g, "");
  return /^\+861[3-9]\d{9}$/.test(compact) ? compact.slice(3) : compact;
}

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const isPhone = (phone: string) => MAINLAND_MOBILE.test(phone) || E164.test(phone);

export const PhoneNumber = z.pipe(
  checked(
    z.string(),
    maxCodePoints(32),
    // Checked as typed (normalized), so that the API document can say what is taken.
    z.refine((input) => isPhone(normalizePhone(input)), "Not a mainland mobile or E.164 number"),
  ),
  z.transform(normalizePhone),
);

/** A name as typed, without the spaces around it: one line, something visible. */
export const PersonName = LineOfText(50);

/** Most people one registration may bring, unless an event sets fewer. */
export const MAX_PARTY_SIZE = 10;

export const RegistrationStatus = z.enum(["confirmed", "waitlisted"]);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

/** What every answer to a registration has. */
interface RegistrationAnswer {
  registrationId: string;
  partySize: number;
  /** Secret that cancels this registration; keep it on the resident's device. */
  cancelToken: string;
  /** What the resident reads out to cancel this registration by phone, with the phone number it was made with: `formatShortCode` shows it. */
  shortCode: string;
}
/** The event has a place for the party. */
export interface ConfirmedRegistration extends RegistrationAnswer, Confirmed {}
/** The event is full: the party waits, and moves up as places are given back. */
export interface WaitlistedRegistration extends RegistrationAnswer, Waitlisted {}
/** The answer to a registration, told apart by `status`: only a waitlisted one has its `position`. Only the resident who registered ever sees the token. */
export type RegistrationResult = ConfirmedRegistration | WaitlistedRegistration;

/**
 * RegistrationResult's schema: one object with a check that `position` comes with `waitlisted`
 * and only then (zod/mini's unions would add 0.3–0.7 kB to the calendar's client).
 */
export const RegistrationResult = withPositionWhenWaitlisted<RegistrationResult>(
  z.object({
    registrationId: z.string(),
    partySize: Int,
    cancelToken: z.string(),
    shortCode: z.string(),
    status: RegistrationStatus,
    position: z.optional(WaitlistPosition),
  }),
);

/** `GET …/events/{id}/registrations/{registrationId}` with its Cancel-Token: where a registration stands now (a waitlisted one may have been confirmed), and whether the event was called off. */
type HeldRegistration = { registrationId: string; eventCancelled: boolean };
export type RegistrationCheck =
  | (HeldRegistration & Confirmed)
  | (HeldRegistration & { status: "cancelled"; position?: undefined })
  | (HeldRegistration & Waitlisted);
export const RegistrationCheck = withPositionWhenWaitlisted<RegistrationCheck>(
  z.object({
    registrationId: z.string(),
    status: z.enum(["confirmed", "waitlisted", "cancelled"]),
    position: z.optional(WaitlistPosition),
    eventCancelled: z.boolean(),
  }),
);

/** Per-event registration settings and counts, in public responses: never who. */
export const RegistrationInfo = z.object({
  open: z.boolean(),
  maxPartySize: WholeNumber(1, MAX_PARTY_SIZE),
  waitlisted: Int,
});
export type RegistrationInfo = z.infer<typeof RegistrationInfo>;
