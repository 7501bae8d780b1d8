import type { BookingResult, Resource } from "@community-kit/schema";
import { type Localizer, MyItems, OutboxWatch, SavedItems } from "@community-kit/ui";
import { html } from "lit";
import { whenText } from "../booking/booking-form-view.js";
import type { RoomsMessages } from "../locales/index.js";

/** What the device keeps of a booking: enough to show and cancel it, the phone masked, no name. */
export interface SavedBooking {
  /** The API and community it was made with. */
  source: string;
  bookingId: string;
  resourceId: string;
  resourceName: string;
  /** In the resource's zone with its offset, as the server answered. */
  start: string;
  end: string;
  status: "confirmed" | "pending";
  cancelToken: string;
  maskedPhone: string;
}

function isSavedBooking(item: unknown): item is SavedBooking {
  if (typeof item !== "object" || item === null) return false;
  const saved = item as Record<string, unknown>;
  const texts = ["source", "bookingId", "resourceId", "resourceName", "start", "end", "cancelToken", "maskedPhone"] as const;
  return (
    texts.every((key) => typeof saved[key] === "string") &&
    !Number.isNaN(Date.parse(saved.start as string)) &&
    !Number.isNaN(Date.parse(saved.end as string)) &&
    (saved.status === "confirmed" || saved.status === "pending")
  );
}

export interface MyBookingsHost {
  requestUpdate(): void;
  /** Whether the widget is in the page. */
  isConnected(): boolean;
  /** Cancels on the server; rejects with the SDK's error. */
  cancelOnServer(item: SavedBooking): Promise<void>;
  /** After a cancel: tell the page, show the time free. */
  cancelled(item: SavedBooking): void;
  /** The room or equipment a booking is for; undefined when it cannot be read. */
  resourceOf(id: string): Promise<Pick<Resource, "id" | "name"> | undefined>;
  /** A booking was made (also one that waited on the device): remember it, tell the page. */
  booked(resource: Pick<Resource, "id" | "name">, result: BookingResult, phone: string): void;
}

const REFUSED: Record<string, "refusedTaken" | "refusedLimit"> = { slot_unavailable: "refusedTaken", booking_limit_reached: "refusedLimit" };

/** "My bookings": what the resident booked on this device and is not over yet, with cancel. */
export class MyBookings {
  readonly saved: SavedItems<SavedBooking>;
  readonly #list: MyItems<SavedBooking>;

  /** Bookings waiting on the device: once one is sent it is kept here, and the resident told. */
  readonly outbox: OutboxWatch<"booking">;
  #intl = "zh-CN";

  constructor(
    host: MyBookingsHost,
    private readonly t: Localizer<RoomsMessages>,
  ) {
    this.saved = new SavedItems<SavedBooking>(
      "bookings",
      // A booking that is over has nothing left to cancel: the device forgets it.
      { keyOf: (item) => item.bookingId, isItem: isSavedBooking, isCurrent: (item, now) => Date.parse(item.end) > now.getTime() },
      host,
    );
    this.#list = new MyItems({
      id: "my-bookings",
      cancelPart: "cancel-booking",
      saved: this.saved,
      keyOf: (item) => item.bookingId,
      goneCode: "booking_not_found",
      ...host,
    });
    const what = async (id: string, time?: { start: string; end: string }) => {
      const resource = await host.resourceOf(id);
      return { resource: resource ?? { id, name: id }, text: `${resource?.name ?? id}${time ? ` ${whenText(time, this.#intl)}` : ""}` };
    };
    this.outbox = new OutboxWatch({
      kind: "booking",
      requestUpdate: () => host.requestUpdate(),
      isConnected: () => host.isConnected(),
      delivered: async (write, result) => {
        const { resource, text } = await what(write.subject, result);
        host.booked(resource, result, (write.body as { phone?: string }).phone ?? "");
        return t.t("mineSentLater", text, result.status === "pending");
      },
      refused: async (write, error) => {
        const body = write.body as { start?: string; end?: string };
        const { text } = await what(write.subject, body.start && body.end ? { start: body.start, end: body.end } : undefined);
        return t.t("mineRefusedLater", text, t.t(REFUSED[error.code] ?? "refusedOther"));
      },
    });
  }

  /** Shows the bookings made on this device with `api` and `community` (`source`), and those still waiting to be sent. */
  async show(source: string, api: string, community: string, now: Date): Promise<void> {
    await this.saved.show(source, now);
    await this.outbox.follow(api, community);
  }

  render(intl: string) {
    const { t } = this;
    this.#intl = intl;
    return html`${this.outbox.render((count) => t.t("mineWaiting", count))}${this.#list.render(
      t.messages,
      (item) =>
        html`<p class="mine__event"><strong>${item.resourceName}</strong><br />${whenText(item, intl)}</p>
          <p class="mine__status">${item.status === "confirmed" ? t.t("statusConfirmed") : t.t("statusPending")} · ${item.maskedPhone}</p>`,
      (item) => `${item.resourceName} ${whenText(item, intl)}`,
    )}`;
  }
}
