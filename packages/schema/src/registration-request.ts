import * as z from "zod/mini";
import { WholeNumber } from "./common.js";
import { noticeConsentFields } from "./notice-consent.js";
import { MAX_PARTY_SIZE, PersonName, PhoneNumber } from "./registration.js";

// A module of its own: the form that checks it loads it, not every page that only reads.
/** Body of `POST …/events/{id}/registrations`. */
export const RegistrationRequest = z.object({
  name: PersonName,
  phone: PhoneNumber,
  partySize: WholeNumber(1, MAX_PARTY_SIZE),
  /** The unticked box beside the privacy notice, ticked by the resident. */
  consent: z.literal(true),
  ...noticeConsentFields,
});
export type RegistrationRequest = z.input<typeof RegistrationRequest>;
