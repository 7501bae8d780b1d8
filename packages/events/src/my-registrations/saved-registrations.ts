import { Instant } from "@community-kit/schema";
import { SavedItems } from "@community-kit/ui";
import * as z from "zod/mini";

/** What the device keeps of a registration: enough to show and cancel it, the phone masked, no name. */
export const SavedRegistration = z.object({
  /** The API and community it was made with. */
  source: z.string(),
  eventId: z.string(),
  title: z.string(),
  start: Instant,
  registrationId: z.string(),
  cancelToken: z.string(),
  shortCode: z.optional(z.string()),
  /** promoted: moved up from the waitlist since it was made, as asked on a later visit. */
  status: z.enum(["confirmed", "waitlisted", "promoted"]),
  position: z.optional(z.number()),
  /** The community called the event off, as asked on a later visit. */
  eventCancelled: z.optional(z.boolean()),
  partySize: z.int(),
  maskedPhone: z.string(),
});
export type SavedRegistration = z.infer<typeof SavedRegistration>;

/** The resident's registrations with one community, remembered on this device. */
export const savedRegistrations = (host: { requestUpdate(): void }) =>
  new SavedItems<SavedRegistration>("registrations", { keyOf: (item) => item.registrationId, schema: SavedRegistration }, host);
