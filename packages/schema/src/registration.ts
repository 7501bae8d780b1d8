import * as z from "zod/mini";

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

export const PhoneNumber = z.pipe(
  z.string().check(z.maxLength(32)),
  z.transform(normalizePhone).check(z.refine((phone) => MAINLAND_MOBILE.test(phone) || E164.test(phone), { message: "Not a mainland mobile or E.164 number" })),
);

/** Most people one registration may bring, unless an event sets fewer. */
export const MAX_PARTY_SIZE = 10;

/** Body of `POST …/events/{id}/registrations`. */
export const RegistrationRequest = z.object({
  name: z.pipe(z.string(), z.transform((name: string) => name.trim()).check(z.minLength(1), z.maxLength(50))),
  phone: PhoneNumber,
  partySize: z.int().check(z.gte(1), z.lte(MAX_PARTY_SIZE)),
  /** The unticked box beside the privacy notice, ticked by the resident. */
  consent: z.literal(true),
});
export type RegistrationRequest = z.input<typeof RegistrationRequest>;

export const RegistrationStatus = z.enum(["confirmed", "waitlisted"]);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

/** The answer to a registration: only the resident who registered ever sees the token. */
export const RegistrationResult = z.object({
  registrationId: z.string(),
  status: RegistrationStatus,
  /** 1-based place on the waitlist */
  position: z.optional(z.int().check(z.gte(1))),
  partySize: z.int(),
  /** Secret that cancels this registration; keep it on the resident's device. */
  cancelToken: z.string(),
});
export type RegistrationResult = z.infer<typeof RegistrationResult>;

/** Per-event registration settings and counts, in public responses: never who. */
export const RegistrationInfo = z.object({
  open: z.boolean(),
  maxPartySize: z.int().check(z.gte(1), z.lte(MAX_PARTY_SIZE)),
  waitlisted: z.int().check(z.gte(0)),
});
export type RegistrationInfo = z.infer<typeof RegistrationInfo>;
