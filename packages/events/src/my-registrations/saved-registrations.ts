import { DeviceList } from "@community-kit/ui";

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

const devices = new DeviceList<SavedRegistration>("registrations");

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
export class SavedRegistrations {
  items: SavedRegistration[] = [];
  #source?: string;

  constructor(private readonly host: { requestUpdate(): void }) {}

  /** Shows the registrations made with `source` (API and community). */
  async show(source: string): Promise<void> {
    if (source === this.#source) return;
    this.#source = source;
    const all = await devices.list();
    if (this.#source !== source) return;
    this.items = all
      .map(([, item]) => item)
      .filter((item) => isSavedRegistration(item) && item.source === source)
      .sort((a, b) => a.start.localeCompare(b.start));
    this.host.requestUpdate();
  }

  async add(item: SavedRegistration): Promise<void> {
    await devices.put(item.registrationId, item);
    if (item.source === this.#source) {
      this.items = [...this.items.filter((saved) => saved.registrationId !== item.registrationId), item].sort((a, b) => a.start.localeCompare(b.start));
      this.host.requestUpdate();
    }
  }

  async remove(registrationId: string): Promise<void> {
    await devices.delete(registrationId);
    this.items = this.items.filter((item) => item.registrationId !== registrationId);
    this.host.requestUpdate();
  }
}
