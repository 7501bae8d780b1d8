import { SavedItems } from "@community-kit/ui";

/** What the device keeps of a registration: enough to show and cancel it, the phone masked, no name. */
export interface SavedRegistration {
  /** The API and community it was made with. */
  source: string;
  eventId: string;
  title: string;
  /** ISO instant */
  start: string;
  registrationId: string;
  cancelToken: string;
  status: "confirmed" | "waitlisted";
  position?: number;
  partySize: number;
  maskedPhone: string;
}

/** What another version of the kit, or another script, left in storage is checked before it is shown. */
function isSavedRegistration(item: unknown): item is SavedRegistration {
  if (typeof item !== "object" || item === null) return false;
  const saved = item as Record<string, unknown>;
  const texts = ["source", "eventId", "title", "start", "registrationId", "cancelToken", "maskedPhone"] as const;
  return (
    texts.every((key) => typeof saved[key] === "string") &&
    !Number.isNaN(Date.parse(saved.start as string)) &&
    (saved.status === "confirmed" || saved.status === "waitlisted") &&
    Number.isInteger(saved.partySize)
  );
}

/** The resident's registrations with one community, remembered on this device. */
export const savedRegistrations = (host: { requestUpdate(): void }) =>
  new SavedItems<SavedRegistration>("registrations", { keyOf: (item) => item.registrationId, isItem: isSavedRegistration }, host);
