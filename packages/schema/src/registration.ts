import * as v from "valibot";
import { object } from "./json-object.js";
import { Int, LineOfText, WaitlistPosition, WholeNumber } from "./common.js";

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

export const PhoneNumber = v.pipe(
  v.string(),
  v.maxCodePoints(32),
  // Checked as typed (normalized), so that the API document can say what is taken.
  v.check((input) => isPhone(normalizePhone(input)), "Not a mainland mobile or E.164 number"),
  v.transform(normalizePhone),
);

/** A name as typed, without the spaces around it: one line, something visible. */
export const PersonName = LineOfText(50);

/** Most people one registration may bring, unless an event sets fewer. */
export const MAX_PARTY_SIZE = 10;

/** Body of `POST …/events/{id}/registrations`. */
export const RegistrationRequest = object({
  name: PersonName,
  phone: PhoneNumber,
  partySize: WholeNumber(1, MAX_PARTY_SIZE),
  /** The unticked box beside the privacy notice, ticked by the resident. */
  consent: v.literal(true),
});
export type RegistrationRequest = v.InferInput<typeof RegistrationRequest>;

export const RegistrationStatus = v.picklist(["confirmed", "waitlisted"]);
export type RegistrationStatus = v.InferOutput<typeof RegistrationStatus>;

/** The answer to a registration: only the resident who registered ever sees the token. */
export const RegistrationResult = object({
  registrationId: v.string(),
  status: RegistrationStatus,
  /** 1-based place on the waitlist */
  position: v.optional(WaitlistPosition),
  partySize: Int,
  /** Secret that cancels this registration; keep it on the resident's device. */
  cancelToken: v.string(),
});
export type RegistrationResult = v.InferOutput<typeof RegistrationResult>;

/** Per-event registration settings and counts, in public responses: never who. */
export const RegistrationInfo = object({
  open: v.boolean(),
  maxPartySize: WholeNumber(1, MAX_PARTY_SIZE),
  waitlisted: Int,
});
export type RegistrationInfo = v.InferOutput<typeof RegistrationInfo>;
